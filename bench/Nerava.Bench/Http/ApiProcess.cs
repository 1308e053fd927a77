using System.Diagnostics;
using Nerava.Bench.Tracking;

namespace Nerava.Bench.Http;

/// <summary>
/// The API as production runs it: the Release build's <c>Nerava.Api.dll</c> under <c>dotnet</c>, one process per role,
/// configured only through the environment. Output goes to a log file; <see cref="DisposeAsync"/> stops the process.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, string logPath)
    {
        _process = process;
        LogPath = logPath;
    }

    public int Pid => _process.Id;

    public string LogPath { get; }

    public static string DllPath()
    {
        var dll = Path.Combine(RepoPaths.Root(), "src", "Nerava.Api", "bin", "Release", "net10.0", "Nerava.Api.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException("Build the API first: dotnet build -c Release src/Nerava.Api (the bench's own build does it).", dll);
    }

    /// <summary>Runs <c>Nerava.Api.dll <paramref name="args"/></c> to completion (e.g. <c>migrate</c>).</summary>
    public static async Task RunToEndAsync(IReadOnlyDictionary<string, string> env, string logPath, params string[] args)
    {
        await using var api = Start(env, logPath, args);
        await api._process.WaitForExitAsync();
        if (api._process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Nerava.Api {string.Join(' ', args)} exited {api._process.ExitCode}; see {logPath}.");
        }
    }

    public static ApiProcess Start(IReadOnlyDictionary<string, string> env, string logPath, params string[] args)
    {
        var dll = DllPath();
        var info = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in env)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        return new ApiProcess(process, logPath);
    }

    public async Task WaitReadyAsync(HttpClient http, string baseUrl, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {_process.ExitCode} before it was ready; see {LogPath}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"{baseUrl}/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The API was not ready within {timeout.TotalSeconds:F0} s; see {LogPath}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // the process exited while its last lines were in flight
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
