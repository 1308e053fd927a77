using Microsoft.AspNetCore.SignalR;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.MerchantConsole;
using Nerava.Api.Features.Sessions;

namespace Nerava.Api.Features.Realtime;

public sealed record SessionUpdate(SessionResponse Session, SmartcarStatusResponse Smartcar);

/// <summary>
/// Pushes a session's new state after every committed change: the driver gets the full session and his car's status,
/// merchant staff get the staff view (ETA, distance band, on-site flags), never the driver's coordinates.
/// </summary>
public sealed class SessionBroadcaster(IHubContext<SessionHub> hub, CatalogCache catalog, ILogger<SessionBroadcaster> logger)
{
    public async Task PublishAsync(ArrivalSessionRow session, CancellationToken ct)
    {
        try
        {
            var update = new SessionUpdate(await SessionView.LoadAsync(catalog, session, ct), SmartcarStatusResponse.From(session));
            var staff = new StaffSessionUpdate(await StaffArrivalView.LoadAsync(catalog, session, ct));
            await Task.WhenAll(
                hub.Clients.Group(SessionHub.DriverGroup(session.DriverId)).SendAsync(SessionHub.SessionUpdated, update, ct),
                hub.Clients.Group(SessionHub.MerchantGroup(session.MerchantId)).SendAsync(SessionHub.SessionUpdated, staff, ct));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Live updates are best effort; the state is already committed and clients refetch on reconnect.
            logger.LogWarning(ex, "Could not publish session {SessionId}", session.Id);
        }
    }
}
