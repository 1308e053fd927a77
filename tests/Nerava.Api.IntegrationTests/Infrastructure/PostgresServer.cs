using System.Diagnostics;
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

    private static string Start()
    {
        var existing = Environment.GetEnvironmentVariable("NERAVA_TEST_POSTGRES");
        if (!string.IsNullOrEmpty(existing))
        {
            return existing;
        }

        var script = Path.Combine(RepoRoot(), "scripts", "pg-start.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", script) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("Could not start scripts/pg-start.sh.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var dir = Line(output, "NERAVA_PG_DIR=");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            Process.Start("bash", $"{Path.Combine(RepoRoot(), "scripts", "pg-stop.sh")} {dir}")?.WaitForExit();
        return Line(output, "NERAVA_TEST_POSTGRES=").Trim('\'');
    }

    private static string Line(string output, string prefix) =>
        output.Split('\n').Select(l => l.Replace("export ", "", StringComparison.Ordinal))
            .First(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Trim();

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nerava.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
