using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Nerava.Bench.Http;

/// <summary>Runs wrk (Debian's package, installed with apt when missing) with one of the bench's Lua scripts.</summary>
internal static class Wrk
{
    public static string LuaDir => Path.Combine(AppContext.BaseDirectory, "Http", "wrk");

    public static async Task EnsureInstalledAsync(TextWriter o)
    {
        if (File.Exists("/usr/bin/wrk"))
        {
            return;
        }

        o.WriteLine("  installing Debian's wrk with apt …");
        await RunAsync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null"], new Dictionary<string, string>());
        if (!File.Exists("/usr/bin/wrk"))
        {
            throw new InvalidOperationException("wrk is missing and apt-get could not install it.");
        }
    }

    /// <summary>
    /// <paramref name="connections"/> threads with one connection each, for <paramref name="duration"/>; returns the
    /// script's WRK_RESULT object.
    /// </summary>
    public static async Task<JsonObject> RunAsync(string baseUrl, string script, int connections, TimeSpan duration, IReadOnlyDictionary<string, string> env)
    {
        var all = new Dictionary<string, string>(env) { ["BENCH_LUA_DIR"] = LuaDir };
        var output = await RunAsync("wrk",
            ["-t", $"{connections}", "-c", $"{connections}", "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", Path.Combine(LuaDir, script), baseUrl],
            all);
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("WRK_RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result:\n{output}");
        return JsonNode.Parse(line["WRK_RESULT ".Length..])!.AsObject();
    }

    private static async Task<string> RunAsync(string file, string[] args, IReadOnlyDictionary<string, string> env)
    {
        var info = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in env)
        {
            info.Environment[k] = v;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} exited {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }
}
