using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Nerava.Api.Features.Jobs;

/// <summary>
/// Hangfire keeps its log provider in a process-wide static, so the last host built wins. When that host stops first
/// (several hosts in one process: tests, benchmarks) its disposed logger factory must not break the hosts still running:
/// their Hangfire logs are dropped instead.
/// </summary>
internal sealed class HostSafeLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new HostSafeLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return DroppedLog.Instance;
        }
    }

    private sealed class HostSafeLog(ILog inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class DroppedLog : ILog
    {
        public static readonly DroppedLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
