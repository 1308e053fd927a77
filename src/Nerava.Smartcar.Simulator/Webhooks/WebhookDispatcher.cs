using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.Vehicles;

namespace Nerava.Smartcar.Simulator.Webhooks;

/// <summary>
/// Watches connected vehicles and sends VEHICLE_STATE events. Vehicle state is a function of time, so there is nothing to
/// subscribe to: every <see cref="SimulatorOptions.WebhookEvaluationInterval"/> (and right after an admin change) each verified
/// webhook's vehicles are compared with what was last delivered. Only connected vehicles of applications with a webhook are
/// evaluated, so a large benchmark world without webhooks costs nothing here.
/// </summary>
public sealed class WebhookDispatcher : BackgroundService
{
    private readonly SimulatorState _state;
    private readonly ApiGate _gate;
    private readonly WebhookSender _sender;
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly Lock _evaluateGate = new();
    private CancellationToken _stopping = CancellationToken.None;

    public WebhookDispatcher(SimulatorState state, ApiGate gate, WebhookSender sender)
    {
        _state = state;
        _gate = gate;
        _sender = sender;
    }

    /// <summary>Deliveries still retrying (tests wait on these).</summary>
    public int InFlight => _inFlight.Count;

    /// <summary>
    /// Compares every watched vehicle with its last delivery and starts a delivery for each notable change (or the first
    /// delivery after connecting). Returns how many deliveries were started. Safe to call from any thread.
    /// </summary>
    public int Evaluate()
    {
        var started = 0;
        lock (_evaluateGate)
        {
            foreach (var webhook in _state.Webhooks.All.Where(w => w.Verified))
            {
                foreach (var connection in _state.Connections.ForApplication(webhook.ClientId))
                {
                    if (_state.World.Find(connection.VehicleId) is not { } vehicle)
                    {
                        continue;
                    }

                    var reading = _gate.Read(vehicle);
                    var baseline = _state.Webhooks.Baseline(webhook.Id, vehicle.Id);
                    IReadOnlyList<string> triggers = baseline is null
                        ? []
                        : SignalChanges.Between(baseline, reading.Snapshot, connection.Permissions, _state.Options.WebhookLocationThresholdMeters, _state.Options.WebhookSocThresholdPercent);
                    if (baseline is not null && triggers.Count == 0)
                    {
                        continue;
                    }

                    _state.Webhooks.SetBaseline(webhook.Id, vehicle.Id, SignalBaseline.Of(reading.Snapshot));
                    var payload = WebhookPayloads.VehicleState(
                        webhook, Guid.NewGuid().ToString(), vehicle, reading.Snapshot, connection.UserId, connection.Permissions, triggers,
                        reading.RecordedAt, reading.FetchedAt);
                    Track(_sender.DeliverAsync(webhook, JsonSerializer.SerializeToUtf8Bytes(payload, WireJson.Smartcar), _stopping));
                    started++;
                }
            }
        }

        return started;
    }

    /// <summary>Waits until every started delivery has finished (delivered or dropped).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (!_inFlight.IsEmpty)
        {
            await Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        _state.WorldChanged += OnWorldChanged;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Evaluate();
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var tick = Task.Delay(_state.Options.WebhookEvaluationInterval, _state.TimeProvider, wait.Token);
                var nudge = _nudges.Reader.WaitToReadAsync(wait.Token).AsTask();
                await Task.WhenAny(tick, nudge);
                _nudges.Reader.TryRead(out _);
                await wait.CancelAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
        finally
        {
            _state.WorldChanged -= OnWorldChanged;
        }
    }

    private void OnWorldChanged(object? sender, EventArgs e) => _nudges.Writer.TryWrite(true);

    private void Track(Task<bool> delivery)
    {
        _inFlight.TryAdd(delivery, 0);
        _ = delivery.ContinueWith(t => _inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
