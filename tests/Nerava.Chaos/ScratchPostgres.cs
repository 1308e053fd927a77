using System.Diagnostics;
using Npgsql;

namespace Nerava.Chaos;

/// <summary>A PostgreSQL server of the run's own, from scripts/pg-start.sh; stopped and removed with scripts/pg-stop.sh.</summary>
internal sealed class ScratchPostgres : IAsyncDisposable
{
    private readonly string _dir;

    private ScratchPostgres(string connectionString, string dir) => (ConnectionString, _dir) = (connectionString, dir);

    public string ConnectionString { get; }

    public static async Task<ScratchPostgres> StartAsync()
    {
        var info = new ProcessStartInfo("bash", [RepoPaths.Script("pg-start.sh")]) { RedirectStandardOutput = true };
        // The script's watchdog removes the server if this process dies without cleaning up.
        info.Environment["NERAVA_OWNER_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not run scripts/pg-start.sh.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        string Export(string name) => output.Split('\n').Select(l => l.Replace("export ", "", StringComparison.Ordinal))
            .First(l => l.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..].Trim().Trim('\'');
        var admin = Export("NERAVA_TEST_POSTGRES");
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE nerava_chaos", conn);
            await create.ExecuteNonQueryAsync();
        }

        return new ScratchPostgres(new NpgsqlConnectionStringBuilder(admin) { Database = "nerava_chaos", MaxPoolSize = 30 }.ConnectionString, Export("NERAVA_PG_DIR"));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        using var stop = Process.Start("bash", [RepoPaths.Script("pg-stop.sh"), _dir]);
        await stop.WaitForExitAsync();
    }
}
