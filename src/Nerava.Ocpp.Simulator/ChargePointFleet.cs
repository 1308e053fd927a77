using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Nerava.Ocpp.Simulator;

/// <summary>
/// The simulated charge points of the demo sites: each stays connected (reconnecting with doubling back-off and
/// jitter, as OCPP 2.0.1 asks of chargers so a restart does not cause a storm), boots, and sends heartbeats.
/// </summary>
public sealed class ChargePointFleet(WebSocketConnector? connector = null, ILoggerFactory? loggers = null) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SimulatedChargePoint> _points = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private int _disposed;
    private readonly ILogger _logger = (loggers ?? NullLoggerFactory.Instance).CreateLogger<ChargePointFleet>();

    public SimulatedChargePoint? Find(string identity) => _points.TryGetValue(identity, out var p) && p.IsConnected ? p : null;

    public IReadOnlyCollection<string> Identities => _points.Keys.ToList();

    /// <summary>Starts keeping <paramref name="options"/> connected; <paramref name="keyFor"/> issues a fresh key before each connect.</summary>
    public void Add(ChargePointOptions options, Func<CancellationToken, Task<string>> keyFor)
    {
        _loops.Add(Task.Run(() => KeepConnectedAsync(options, keyFor, _stop.Token)));
    }

    private async Task KeepConnectedAsync(ChargePointOptions template, Func<CancellationToken, Task<string>> keyFor, CancellationToken ct)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var point = new SimulatedChargePoint(template with { Password = await keyFor(ct) }, connector,
                    (loggers ?? NullLoggerFactory.Instance).CreateLogger<SimulatedChargePoint>());
                await point.ConnectAsync(ct);
                await point.BootAsync(ct);
                _points[template.Identity] = point;
                backoff = TimeSpan.FromSeconds(1);
                var lastBeat = DateTime.UtcNow;
                while (point.IsConnected && !ct.IsCancellationRequested)
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), ct);
                    if (DateTime.UtcNow - lastBeat > TimeSpan.FromMinutes(1))
                    {
                        await point.HeartbeatAsync(ct);
                        lastBeat = DateTime.UtcNow;
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogInformation("Simulated charge point {Identity} not connected ({Reason}); retrying in {Delay}", template.Identity, ex.Message, backoff);
            }

            await Task.Delay(backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 500)), ct).ContinueWith(_ => { }, TaskScheduler.Default);
            backoff = TimeSpan.FromSeconds(Math.Min(60, backoff.TotalSeconds * 2));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        foreach (var point in _points.Values)
        {
            await point.DisposeAsync();
        }

        await Task.WhenAll(_loops).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }
}
