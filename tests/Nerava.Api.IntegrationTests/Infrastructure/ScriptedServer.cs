using System.Diagnostics;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A throw-away server the tests need: the one scripts/test.sh started and exported, or one this process starts with the
/// project's own scripts/&lt;name&gt;-start.sh when the tests are run directly, stopped with &lt;name&gt;-stop.sh at exit.
/// </summary>
internal static class ScriptedServer
{
    /// <param name="name">pg or redis: the scripts' prefix.</param>
    /// <param name="addressVariable">The exported address (connection string) the start script prints.</param>
    /// <param name="dirVariable">The exported data folder the stop script takes.</param>
    public static string Address(string name, string addressVariable, string dirVariable)
    {
        var existing = Environment.GetEnvironmentVariable(addressVariable);
        if (!string.IsNullOrEmpty(existing))
        {
            return existing;
        }

        var (address, dir) = Start(name, addressVariable, dirVariable);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(name, dir);
        return address;
    }

    /// <summary>Starts a server of its own (not shared); returns its address and data folder.</summary>
    public static (string Address, string Dir) Start(string name, string addressVariable, string dirVariable)
    {
        var start = new ProcessStartInfo("bash", Script($"{name}-start.sh")) { RedirectStandardOutput = true };
        // The script's watchdog stops the server once this process is gone, even when it is killed before ProcessExit runs.
        start.Environment["NERAVA_OWNER_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start scripts/{name}-start.sh.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (Line(output, addressVariable).Trim('\''), Line(output, dirVariable));
    }

    public static void Stop(string name, string dir)
    {
        try
        {
            Run($"{name}-stop.sh", dir);
        }
        catch (InvalidOperationException)
        {
            // Best effort at exit; the script's watchdog removes it too.
        }
    }

    /// <summary>Runs one of the repository's scripts and waits for it; throws when it fails.</summary>
    public static void Run(string script, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { ArgumentList = { Script(script) } };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not run scripts/{script}.");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/{script} {string.Join(' ', args)} exited with {process.ExitCode}.");
        }
    }

    private static string Script(string name) => Path.Combine(RepoRoot(), "scripts", name);

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nerava.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    private static string Line(string output, string variable) =>
        output.Split('\n').Select(l => l.Replace("export ", "", StringComparison.Ordinal))
            .First(l => l.StartsWith(variable + "=", StringComparison.Ordinal))[(variable.Length + 1)..].Trim();
}
