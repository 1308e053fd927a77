using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nerava.Ocpp.Framing;
using Nerava.Ocpp.Schemas;

namespace Nerava.Ocpp.Connections;

/// <summary>
/// One OCPP-J connection over a WebSocket, for either side. Inbound CALLs are validated against the official schemas
/// and answered in order; a bad frame gets its CALLERROR and the connection stays open. Outbound CALLs go one at a
/// time (J16 §4.1.1) and are settled by the matching answer, a timeout or the socket closing; late answers are dropped.
/// Our own CALLs and CALLRESULTs are validated too, so a bug of ours never reaches a charger.
/// </summary>
public sealed class OcppConnection(string identity, WebSocket socket, IOcppCallHandler handler, OcppConnectionOptions? options = null,
    ILogger? logger = null)
{
    private readonly OcppConnectionOptions _options = options ?? new OcppConnectionOptions();
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SemaphoreSlim _callLock = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (string Id, string Action, TaskCompletionSource<JsonElement> Answer)? _pending;

    public string Identity => identity;

    public Guid ConnectionId { get; } = Guid.NewGuid();

    public Task Closed => _closed.Task;

    /// <summary>Reads frames until the peer closes, the socket fails or <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (socket.State == WebSocketState.Open && !ct.IsCancellationRequested)
            {
                var frame = await ReceiveAsync(ct);
                if (frame is null)
                {
                    break;
                }

                await OnFrameAsync(frame, ct);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            _logger.LogInformation("OCPP connection {Identity} ended: {Reason}", identity, ex.GetType().Name);
        }
        finally
        {
            FailPending(OcppCallException.Closed(_pending?.Action ?? "the call"));
            _closed.TrySetResult();
        }
    }

    /// <summary>Sends a CALL and waits for its CALLRESULT payload; a CALLERROR, timeout or close throws <see cref="OcppCallException"/>.</summary>
    public async Task<JsonElement> CallAsync(string action, JsonElement payload, CancellationToken ct)
    {
        if (OcppSchemas.ValidateRequest(action, payload) is { } invalid)
        {
            throw new ArgumentException($"Refusing to send an invalid {action}: {invalid.Description}", nameof(payload));
        }

        await _callLock.WaitAsync(ct);
        try
        {
            var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            var id = Guid.NewGuid().ToString("N");
            _pending = (id, action, answer);
            if (_closed.Task.IsCompleted)
            {
                throw OcppCallException.Closed(action);
            }

            await SendAsync(new OcppCall(id, action, payload), ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(_options.CallTimeout);
            try
            {
                return await answer.Task.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw OcppCallException.Timeout(action);
            }
        }
        finally
        {
            _pending = null;
            _callLock.Release();
        }
    }

    public async Task CloseAsync(WebSocketCloseStatus status, string reason, CancellationToken ct)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, ct);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            _logger.LogDebug("Closing OCPP connection {Identity} failed: {Reason}", identity, ex.Message);
        }
    }

    private async Task OnFrameAsync(byte[] frame, CancellationToken ct)
    {
        var (message, error) = OcppFrame.Parse(frame);
        if (error is not null)
        {
            _logger.LogWarning("OCPP {Identity} sent a malformed frame: {Error}", identity, error.Description);
            if (error.MessageId is { } id)
            {
                await SendAsync(OcppFrame.Error(id, error.ErrorCode, error.Description), ct);
            }

            return;
        }

        switch (message)
        {
            case OcppCall call:
                await SendAsync(await AnswerAsync(call, ct), ct);
                break;
            case OcppCallResult result when _pending is { } p && p.Id == result.MessageId:
                if (OcppSchemas.ValidateResponse(p.Action, result.Payload) is { } violation)
                {
                    p.Answer.TrySetException(new OcppCallException(violation.ErrorCode, violation.Description));
                }
                else
                {
                    p.Answer.TrySetResult(result.Payload);
                }

                break;
            case OcppCallError callError when _pending is { } p && p.Id == callError.MessageId:
                p.Answer.TrySetException(new OcppCallException(callError.ErrorCode, callError.Description));
                break;
            case OcppCallResult or OcppCallError:
                _logger.LogInformation("OCPP {Identity} answered an unknown or late call {MessageId}; dropped", identity, message.MessageId);
                break;
        }
    }

    private async Task<OcppMessage> AnswerAsync(OcppCall call, CancellationToken ct)
    {
        if (!handler.Actions.Contains(call.Action))
        {
            return OcppFrame.Error(call.MessageId, OcppErrorCodes.NotImplemented, $"{call.Action} is not implemented.");
        }

        if (OcppSchemas.ValidateRequest(call.Action, call.Payload) is { } violation)
        {
            return OcppFrame.Error(call.MessageId, violation.ErrorCode, violation.Description);
        }

        try
        {
            var payload = await handler.HandleAsync(this, call, ct);
            if (OcppSchemas.ValidateResponse(call.Action, payload) is { } bad)
            {
                _logger.LogError("Our {Action} answer to {Identity} broke the schema: {Error}", call.Action, identity, bad.Description);
                return OcppFrame.Error(call.MessageId, OcppErrorCodes.InternalError, "The answer could not be built.");
            }

            return new OcppCallResult(call.MessageId, payload);
        }
        catch (OcppCallException ex)
        {
            return OcppFrame.Error(call.MessageId, ex.ErrorCode, ex.Description);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Handling {Action} from {Identity} failed", call.Action, identity);
            return OcppFrame.Error(call.MessageId, OcppErrorCodes.InternalError, "The central system could not process the message.");
        }
    }

    private async Task SendAsync(OcppMessage message, CancellationToken ct)
    {
        var bytes = OcppFrame.Write(message);
        await _sendLock.WaitAsync(ct);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<byte[]?> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var read = await socket.ReceiveAsync(buffer, ct);
            if (read.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "", ct);
                return null;
            }

            message.Write(buffer, 0, read.Count);
            if (message.Length > _options.MaxMessageBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, "Frame too large", ct);
                return null;
            }

            if (read.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    private void FailPending(OcppCallException error)
    {
        if (_pending is { } p)
        {
            p.Answer.TrySetException(error);
        }
    }
}
