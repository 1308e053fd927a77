using System.Diagnostics;

namespace Nerava.Chaos;

/// <summary>
/// One API or worker process (<c>dotnet Nerava.Api.dll --role …</c>), configured through the environment, its output
/// appended to a log file. <see cref="KillAsync"/> is kill -9: no shutdown hooks, no drained requests.
/// </summary>
internal sealed class RoleProcess(string role, int port, IReadOnlyDictionary<string, string> env, string logPath) : IAsyncDisposable
{
    private static readonly List<Process> Started = [];
    private Process? _process;

    static RoleProcess()
    {
        // Ctrl+C or a kill of the runner must not leave API and worker processes behind.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    public string Role => role;

    public string BaseUrl { get; } = $"http://127.0.0.1:{port}";

    public bool Running => _process is { HasExited: false };

    public void Start()
    {
        Forget();
        var dll = RepoPaths.ApiDll();
        var info = new ProcessStartInfo("dotnet", [dll, "--role", role, "--urls", BaseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in env)
        {
            info.Environment[key] = value;
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        lock (Started)
        {
            Started.Add(_process);
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        log.WriteLine($"==== start {role} pid {_process.Id} at {DateTimeOffset.UtcNow:O}");
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                try
                {
                    log.WriteLine(line);
                }
                catch (ObjectDisposedException)
                {
                    // The process is gone and its log closed.
                }
            }
        }

        _process.OutputDataReceived += (_, e) => Write(e.Data);
        _process.ErrorDataReceived += (_, e) => Write(e.Data);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) =>
        {
            lock (gate)
            {
                log.Dispose();
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Runs <c>Nerava.Api.dll <paramref name="args"/></c> to completion (the migrate command).</summary>
    public static async Task RunAsync(IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var dll = RepoPaths.ApiDll();
        var info = new ProcessStartInfo("dotnet", [dll, .. args]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true };
        foreach (var (key, value) in env)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Nerava.Api {string.Join(' ', args)} exited {process.ExitCode}: {output}");
        }
    }

    public async Task WaitReadyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException($"{role} exited before it was ready; see {logPath}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"{BaseUrl}/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{role} was not ready within {timeout}; see {logPath}.");
    }

    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: false); // SIGKILL on Linux.
            await process.WaitForExitAsync();
        }
    }

    private static void KillAll()
    {
        lock (Started)
        {
            foreach (var process in Started.Where(p => !p.HasExited))
            {
                process.Kill();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Forget();
    }

    // A process that was killed (or is being disposed) no longer needs killing at exit.
    private void Forget()
    {
        if (_process is null)
        {
            return;
        }

        lock (Started)
        {
            Started.Remove(_process);
        }

        _process.Dispose();
        _process = null;
    }
}
