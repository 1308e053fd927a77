using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Arrival.Policy;
using Nerava.Ocpp.Messages;

namespace Nerava.Api.Features.Ocpp;

/// <summary>
/// StatusNotification: keeps each connector's status (a status older than the one applied is history), turns
/// <c>SuspendedEV</c>/<c>Finishing</c> on a session's transaction into "charge complete", and offers a
/// <c>Preparing</c>/<c>Charging</c> with no transaction of ours to the sessions expected at the site.
/// </summary>
public sealed class ChargerStatuses(NeravaDbContext db, ChargerSignals signals, TimeProvider clock)
{
    public async Task<EmptyPayload> HandleAsync(string chargePointId, StatusNotificationRequest status, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var at = status.Timestamp ?? now;
        var connector = await db.ChargePointConnectors.SingleOrDefaultAsync(c => c.ChargePointId == chargePointId && c.ConnectorId == status.ConnectorId, ct);
        if (connector is null || (connector.StatusAt is { } last && at < last))
        {
            // Connector 0 (the charger itself), an unknown connector, or a replayed older status: acknowledged only.
            return new EmptyPayload();
        }

        var previous = connector.Status;
        (connector.Status, connector.ErrorCode, connector.StatusAt, connector.UpdatedAt) = (status.Status, status.ErrorCode, at, now);
        await db.SaveChangesAsync(ct);

        var open = await db.OcppTransactions.AsNoTracking()
            .Where(t => t.ChargePointId == chargePointId && t.ConnectorId == status.ConnectorId && t.StoppedAt == null)
            .OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        switch (status.Status)
        {
            case ConnectorStatuses.SuspendedEv or ConnectorStatuses.Finishing when open?.SessionId is { } sessionId:
                await signals.ChargeUpdateAsync(sessionId, open.LastSocPercent, ChargeState.FullyCharged, ct);
                break;
            case ConnectorStatuses.Preparing or ConnectorStatuses.Charging when open is null && previous is not (ConnectorStatuses.Preparing or ConnectorStatuses.Charging):
                var chargerId = await db.ChargePoints.Where(c => c.Id == chargePointId).Select(c => c.ChargerId).SingleAsync(ct);
                await signals.PlugInAsync(chargerId, chargePointId, connector.ConnectorId, connector.Stall, at, ct);
                break;
        }

        return new EmptyPayload();
    }
}
