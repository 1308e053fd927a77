using Npgsql;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL server of one test's own (scripts/pg-start.sh), which the test may stop and start again on the same
/// port (scripts/pg-ctl.sh) to see what the API does while its database is gone.
/// </summary>
public sealed class DedicatedPostgres : IAsyncDisposable
{
    private readonly string _dir;

    private DedicatedPostgres(string adminConnection, string dir)
    {
        AdminConnection = adminConnection;
        _dir = dir;
    }

    public string AdminConnection { get; }

    public static Task<DedicatedPostgres> StartAsync() => Task.Run(() =>
    {
        var (address, dir) = ScriptedServer.Start("pg", "NERAVA_TEST_POSTGRES", "NERAVA_PG_DIR");
        return new DedicatedPostgres(address, dir);
    });

    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"nerava_outage_{Guid.NewGuid():N}";
        await using var conn = new NpgsqlConnection(AdminConnection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
        await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnection) { Database = name, MaxPoolSize = 40 }.ConnectionString;
    }

    public Task StopAsync() => Task.Run(() => ScriptedServer.Run("pg-ctl.sh", _dir, "stop"));

    public Task StartAgainAsync() => Task.Run(() => ScriptedServer.Run("pg-ctl.sh", _dir, "start"));

    public ValueTask DisposeAsync()
    {
        ScriptedServer.Stop("pg", _dir);
        return ValueTask.CompletedTask;
    }
}
