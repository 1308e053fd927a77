using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>The SQL EF Core sends while <see cref="RunAsync"/>'s work runs (its own async flow only, so parallel tests do not mix in).</summary>
internal static class SqlCapture
{
    private static readonly AsyncLocal<List<string>?> Current = new();
    private static readonly Lazy<IDisposable> Subscription = new(() => DiagnosticListener.AllListeners.Subscribe(new Listeners()));

    public static async Task<List<string>> RunAsync(Func<Task> work)
    {
        _ = Subscription.Value;
        var captured = new List<string>();
        Current.Value = captured;
        try
        {
            await work();
        }
        finally
        {
            Current.Value = null;
        }

        return captured;
    }

    private sealed class Listeners : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(new Commands());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class Commands : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && Current.Value is { } list)
            {
                lock (list)
                {
                    list.Add(data.Command.CommandText);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
