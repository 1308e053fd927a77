using System.Diagnostics;
using Nerava.Bench.Tracking;
using Npgsql;

namespace Nerava.Bench.Capacity;

/// <summary>
/// PostgreSQL for the capacity run: a throw-away server from scripts/pg-start.sh with production durability
/// (NERAVA_PG_DURABLE=1: fsync, synchronous_commit and full_page_writes on) that <see cref="DisposeAsync"/> stops with
/// scripts/pg-stop.sh (also on failure and Ctrl+C); or the server named by <c>--postgres</c>.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private readonly string? _dir;
    private int _stopped;

    private PostgresServer(string adminConnection, string? dir)
    {
        AdminConnection = adminConnection;
        _dir = dir;
        if (dir is not null)
        {
            Console.CancelKeyPress += (_, _) => Stop();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        }
    }

    public string AdminConnection { get; }

    public bool Started => _dir is not null;

    /// <summary>The postmaster's process id (first line of postmaster.pid), when this process started the server.</summary>
    public int? PostmasterPid =>
        _dir is not null && File.Exists(Path.Combine(_dir, "data", "postmaster.pid"))
            ? int.Parse(File.ReadLines(Path.Combine(_dir, "data", "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// Uses <paramref name="existing"/> when given; else starts a durable throw-away server, passing
    /// <paramref name="environment"/> to scripts/pg-start.sh (e.g. NERAVA_PG_OPTIONS).
    /// </summary>
    public static async Task<PostgresServer> StartAsync(string? existing, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return new PostgresServer(existing, null);
        }

        var script = Path.Combine(RepoPaths.Root(), "scripts", "pg-start.sh");
        var info = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["NERAVA_PG_DURABLE"] = "1";
        info.Environment.Remove("NERAVA_OWNER_PID");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start scripts/pg-start.sh.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var dir = Export(output, "NERAVA_PG_DIR");
        var cs = Export(output, "NERAVA_TEST_POSTGRES");
        if (process.ExitCode != 0 || cs is null)
        {
            if (dir is not null)
            {
                RunStop(dir);
            }

            throw new InvalidOperationException($"scripts/pg-start.sh failed ({process.ExitCode}): {error.Trim()}");
        }

        return new PostgresServer(cs, dir);
    }

    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(AdminConnection))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnection) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    /// <summary>The durability settings the server runs with, as SHOW reports them.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DurabilityAsync()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var conn = new NpgsqlConnection(AdminConnection);
        await conn.OpenAsync();
        foreach (var name in new[] { "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers", "max_connections", "server_version" })
        {
            await using var cmd = new NpgsqlCommand($"SHOW {name}", conn);
            settings[name] = (string)(await cmd.ExecuteScalarAsync())!;
        }

        return settings;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (_dir is not null && Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            RunStop(_dir);
        }
    }

    private static void RunStop(string dir)
    {
        var script = Path.Combine(RepoPaths.Root(), "scripts", "pg-stop.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, dir]) { RedirectStandardOutput = true, RedirectStandardError = true });
        process?.WaitForExit(60_000);
    }

    private static string? Export(string output, string name)
    {
        var prefix = $"export {name}=";
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line?[prefix.Length..].Trim('\'', '"');
    }
}
