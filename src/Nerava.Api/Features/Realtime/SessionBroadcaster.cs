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
            var update = new SessionUpdate(await SessionView.LoadAsync(catalog, session, ct), SmartcarStatusResponse.From(session));
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
