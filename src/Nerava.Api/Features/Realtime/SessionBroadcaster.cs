using Microsoft.AspNetCore.SignalR;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Sessions;

namespace Nerava.Api.Features.Realtime;

public sealed record SessionUpdate(SessionResponse Session, SmartcarStatusResponse Smartcar);

/// <summary>Pushes a session's new state to its driver and its merchant after every committed change.</summary>
public sealed class SessionBroadcaster(IHubContext<SessionHub> hub, CatalogCache catalog, ILogger<SessionBroadcaster> logger)
{
    public async Task PublishAsync(ArrivalSessionRow session, CancellationToken ct)
    {
        try
        {
            var merchant = await catalog.MerchantAsync(session.MerchantId, ct);
            var charger = session.ChargerId is null ? null : await catalog.ChargerAsync(session.ChargerId, ct);
            var view = SessionView.From(session, merchant?.Name ?? session.MerchantId, charger?.Name, merchant?.OrderingUrl,
                merchant?.OrderingInstructions);
            var update = new SessionUpdate(view, SmartcarStatusResponse.From(session));
            await hub.Clients.Groups(SessionHub.DriverGroup(session.DriverId), SessionHub.MerchantGroup(session.MerchantId))
                .SendAsync(SessionHub.SessionUpdated, update, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Live updates are best effort; the state is already committed and clients refetch on reconnect.
            logger.LogWarning(ex, "Could not publish session {SessionId}", session.Id);
        }
    }
}
