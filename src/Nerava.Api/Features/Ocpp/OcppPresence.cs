using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;

namespace Nerava.Api.Features.Ocpp;

/// <summary>Records which instance holds a charge point's socket (so any instance can see it is online) and when it was last heard.</summary>
public sealed class OcppPresence(IServiceScopeFactory scopes, TimeProvider clock)
{
    public Task ConnectedAsync(string chargePointId, CancellationToken ct) => UpdateAsync(chargePointId, connected: true, ct);

    public Task DisconnectedAsync(string chargePointId, CancellationToken ct) => UpdateAsync(chargePointId, connected: false, ct);

    private async Task UpdateAsync(string chargePointId, bool connected, CancellationToken ct)
    {
        try
        {
            await WriteAsync(chargePointId, connected, ct);
        }
        catch (ObjectDisposedException)
        {
            // The host is shutting down with the socket still open: OcppCommandPump.StopAsync already marked it offline.
        }
    }

    private async Task WriteAsync(string chargePointId, bool connected, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        var now = clock.GetUtcNow();
        if (connected)
        {
            await db.ChargePoints.Where(c => c.Id == chargePointId).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.ConnectedInstance, OcppInstance.Id).SetProperty(c => c.ConnectedAt, now).SetProperty(c => c.LastSeenAt, now), ct);
        }
        else
        {
            // Only if no newer socket (on another instance) took over meanwhile.
            await db.ChargePoints.Where(c => c.Id == chargePointId && c.ConnectedInstance == OcppInstance.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.ConnectedInstance, (string?)null).SetProperty(c => c.LastSeenAt, now), ct);
        }
    }
}
