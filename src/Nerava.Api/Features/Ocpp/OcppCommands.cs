using System.Text.Json;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Ocpp.Messages;

namespace Nerava.Api.Features.Ocpp;

/// <summary>
/// Queues a command for a charge point. The row is the hand-off between instances: whichever instance holds the
/// charger's socket sends it (<see cref="OcppCommandPump"/>), also after a restart or once the charger reconnects.
/// </summary>
public sealed class OcppCommands(NeravaDbContext db, OcppCommandWakeup wakeup, IOptions<OcppOptions> options, TimeProvider clock)
{
    public Task<OcppCommand> RemoteStartAsync(string chargePointId, int connectorId, string idTag, Guid? sessionId, CancellationToken ct) =>
        QueueAsync(chargePointId, Nerava.Ocpp.Framing.OcppActions.RemoteStartTransaction, new RemoteStartTransactionRequest(idTag, connectorId), sessionId, ct);

    public Task<OcppCommand> RemoteStopAsync(string chargePointId, int transactionId, Guid? sessionId, CancellationToken ct) =>
        QueueAsync(chargePointId, Nerava.Ocpp.Framing.OcppActions.RemoteStopTransaction, new RemoteStopTransactionRequest(transactionId), sessionId, ct);

    private async Task<OcppCommand> QueueAsync<T>(string chargePointId, string action, T payload, Guid? sessionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var command = new OcppCommand
        {
            Id = Guid.NewGuid(),
            ChargePointId = chargePointId,
            Action = action,
            PayloadJson = JsonSerializer.Serialize(payload, OcppJson.Options),
            SessionId = sessionId,
            CreatedAt = now,
            ExpiresAt = now + options.Value.CommandLifetime,
        };
        db.OcppCommands.Add(command);
        await db.SaveChangesAsync(ct);
        await wakeup.NotifyAsync(chargePointId);
        return command;
    }
}
