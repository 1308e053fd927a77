using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nerava.Ocpp.Connections;
using Nerava.Ocpp.Framing;
using Nerava.Ocpp.Messages;

namespace Nerava.Ocpp.Simulator;

/// <summary>
/// A simulated OCPP 1.6-J charge point: connects with Basic auth and <c>ocpp1.6</c>, boots, reports connector
/// statuses, and on RemoteStartTransaction does what a charger does (flow C of ocpp.md §4): Preparing →
/// StartTransaction with the given idTag → Charging → MeterValues with the car's SoC → SuspendedEV at the car's limit.
/// </summary>
public sealed class SimulatedChargePoint(ChargePointOptions options, WebSocketConnector? connector = null, ILogger? logger = null)
    : IOcppCallHandler, IAsyncDisposable
{
    private readonly WebSocketConnector _connect = connector ?? WebSocketConnectors.Client;
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly ConcurrentDictionary<int, int> _transactions = new();
    private readonly CancellationTokenSource _stop = new();
    private OcppConnection? _connection;
    private WebSocket? _socket;
    private Task _run = Task.CompletedTask;

    public ChargePointOptions Options => options;

    /// <summary>Every RemoteStart/RemoteStop this charge point received, as (action, payload).</summary>
    public ConcurrentQueue<(string Action, JsonElement Payload)> Received { get; } = new();

    public bool IsConnected => _socket?.State == WebSocketState.Open && !_run.IsCompleted;

    /// <summary>Transaction id per connector while charging.</summary>
    public IReadOnlyDictionary<int, int> Transactions => _transactions;

    public IReadOnlySet<string> Actions { get; } = new HashSet<string> { OcppActions.RemoteStartTransaction, OcppActions.RemoteStopTransaction };

    public async Task ConnectAsync(CancellationToken ct)
    {
        _socket = await _connect(options.Url, WebSocketConnectors.Authorization(options), WebSocketConnectors.Subprotocol, ct);
        _connection = new OcppConnection(options.Identity, _socket, this, new OcppConnectionOptions { CallTimeout = options.CallTimeout }, _logger);
        _run = _connection.RunAsync(_stop.Token);
    }

    /// <summary>BootNotification, then Available on every connector.</summary>
    public async Task<BootNotificationResponse> BootAsync(CancellationToken ct)
    {
        var boot = await CallAsync<BootNotificationResponse>(OcppActions.BootNotification,
            new BootNotificationRequest(options.Vendor, options.Model, FirmwareVersion: "1.0.0"), ct);
        for (var c = 1; c <= options.Connectors; c++)
        {
            await StatusAsync(c, ConnectorStatuses.Available, ct);
        }

        return boot;
    }

    public Task<HeartbeatResponse> HeartbeatAsync(CancellationToken ct) => CallAsync<HeartbeatResponse>(OcppActions.Heartbeat, new EmptyPayload(), ct);

    public Task StatusAsync(int connectorId, string status, CancellationToken ct, DateTimeOffset? at = null) =>
        CallAsync<EmptyPayload>(OcppActions.StatusNotification, new StatusNotificationRequest(connectorId, "NoError", status, at ?? DateTimeOffset.UtcNow), ct);

    public async Task<string> AuthorizeAsync(string idTag, CancellationToken ct) =>
        (await CallAsync<AuthorizeResponse>(OcppActions.Authorize, new AuthorizeRequest(idTag), ct)).IdTagInfo.Status;

    public async Task<StartTransactionResponse> StartTransactionAsync(int connectorId, string idTag, CancellationToken ct, int meterStart = 0,
        DateTimeOffset? at = null)
    {
        var started = await CallAsync<StartTransactionResponse>(OcppActions.StartTransaction,
            new StartTransactionRequest(connectorId, idTag, meterStart, at ?? DateTimeOffset.UtcNow), ct);
        _transactions[connectorId] = started.TransactionId;
        return started;
    }

    public Task StopTransactionAsync(int transactionId, string reason, CancellationToken ct, int meterStop = 1000) =>
        CallAsync<StopTransactionResponse>(OcppActions.StopTransaction,
            new StopTransactionRequest(transactionId, meterStop, DateTimeOffset.UtcNow, Reason: reason), ct);

    public Task MeterValuesAsync(int connectorId, int? transactionId, double socPercent, CancellationToken ct) =>
        CallAsync<EmptyPayload>(OcppActions.MeterValues, new MeterValuesRequest(connectorId,
        [
            new MeterValue(DateTimeOffset.UtcNow,
            [
                new SampledValue(socPercent.ToString("0.#", CultureInfo.InvariantCulture), "Sample.Periodic", OcppValues.SocMeasurand, "EV", "Percent"),
            ]),
        ], transactionId), ct);

    /// <summary>A cable plugged in with no idTag (no app start): Preparing — the charger starts no transaction of ours.</summary>
    public async Task PlugInAsync(int connectorId, CancellationToken ct)
    {
        await StatusAsync(connectorId, ConnectorStatuses.Preparing, ct);
    }

    public async Task<T> CallAsync<T>(string action, object payload, CancellationToken ct)
    {
        var connection = _connection ?? throw new InvalidOperationException("Not connected.");
        var answer = await connection.CallAsync(action, JsonSerializer.SerializeToElement(payload, payload.GetType(), OcppJson.Options), ct);
        return OcppJson.Read<T>(answer);
    }

    Task<JsonElement> IOcppCallHandler.HandleAsync(OcppConnection connection, OcppCall call, CancellationToken ct)
    {
        Received.Enqueue((call.Action, call.Payload));
        if (call.Action == OcppActions.RemoteStartTransaction)
        {
            var start = OcppJson.Read<RemoteStartTransactionRequest>(call.Payload);
            var connectorId = start.ConnectorId ?? 1;
            var free = connectorId <= options.Connectors && !_transactions.ContainsKey(connectorId);
            if (free)
            {
                // Answer first; the charger's own CALLs follow once the answer is on the wire.
                _ = Task.Run(() => ChargeAsync(connectorId, start.IdTag, _stop.Token), CancellationToken.None);
            }

            return Task.FromResult(OcppJson.ToElement(new RemoteCommandResponse(free ? OcppValues.Accepted : OcppValues.Rejected)));
        }

        var stop = OcppJson.Read<RemoteStopTransactionRequest>(call.Payload);
        var running = _transactions.FirstOrDefault(t => t.Value == stop.TransactionId);
        if (running.Value != stop.TransactionId)
        {
            return Task.FromResult(OcppJson.ToElement(new RemoteCommandResponse(OcppValues.Rejected)));
        }

        _ = Task.Run(() => EndAsync(running.Key, running.Value, "Remote", _stop.Token), CancellationToken.None);
        return Task.FromResult(OcppJson.ToElement(new RemoteCommandResponse(OcppValues.Accepted)));
    }

    private async Task ChargeAsync(int connectorId, string idTag, CancellationToken ct)
    {
        try
        {
            await StatusAsync(connectorId, ConnectorStatuses.Preparing, ct);
            var started = await StartTransactionAsync(connectorId, idTag, ct);
            if (started.IdTagInfo.Status != OcppValues.Accepted)
            {
                _transactions.TryRemove(connectorId, out _);
                await StatusAsync(connectorId, ConnectorStatuses.Available, ct);
                return;
            }

            await StatusAsync(connectorId, ConnectorStatuses.Charging, ct);
            if (!options.AutoCharge)
            {
                return;
            }

            for (var soc = options.StartSocPercent; _transactions.ContainsKey(connectorId); soc = Math.Min(options.CarLimitPercent, soc + options.SocPerTick))
            {
                await MeterValuesAsync(connectorId, started.TransactionId, soc, ct);
                if (soc >= options.CarLimitPercent)
                {
                    await StatusAsync(connectorId, ConnectorStatuses.SuspendedEv, ct);
                    return;
                }

                await Task.Delay(options.Tick, ct);
            }
        }
        catch (Exception ex) when (ex is OcppCallException or OperationCanceledException or InvalidOperationException)
        {
            _logger.LogInformation("Simulated charge at {Identity}/{Connector} ended: {Reason}", options.Identity, connectorId, ex.Message);
        }
    }

    private async Task EndAsync(int connectorId, int transactionId, string reason, CancellationToken ct)
    {
        _transactions.TryRemove(connectorId, out _);
        await StopTransactionAsync(transactionId, reason, ct);
        await StatusAsync(connectorId, ConnectorStatuses.Finishing, ct);
    }

    public async Task DisconnectAsync()
    {
        if (_connection is not null)
        {
            await _connection.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        await _stop.CancelAsync();
        try
        {
            await _run.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            _socket?.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisconnectAsync();
        _socket?.Dispose();
        _stop.Dispose();
    }
}
