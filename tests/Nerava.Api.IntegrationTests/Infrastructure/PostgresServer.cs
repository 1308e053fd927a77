using Npgsql;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real PostgreSQL 15 server the tests use: the one scripts/test.sh started (NERAVA_TEST_POSTGRES), or one this
/// process starts with scripts/pg-start.sh when the tests are run directly. Each fixture gets its own database.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> AdminConnection = new(Start);

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"nerava_test_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(AdminConnection.Value))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnection.Value) { Database = name, MaxPoolSize = 40 }.ConnectionString;
    }

    private static string Start() => ScriptedServer.Address("pg", "NERAVA_TEST_POSTGRES", "NERAVA_PG_DIR");
}
