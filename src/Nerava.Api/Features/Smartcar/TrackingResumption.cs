using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Smartcar;

/// <summary>
/// When the car connection fails for good, tracking of the open session stops and the session says so
/// (<c>connection_issue: needs_reconnect</c>), so the app offers Reconnect and "I'm here". A successful reconnect
/// (fresh tokens) puts every open Smartcar session of the driver back under tracking at once.
/// </summary>
public sealed class TrackingResumption(NeravaDbContext db, SessionStore store, TimeProvider clock, ILogger<TrackingResumption> logger)
{
    public const string NeedsReconnect = "needs_reconnect";

    public async Task MarkStoppedAsync(Guid sessionId, CancellationToken ct)
    {
        var row = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (row is not null)
        {
            await store.ApplyAsync(row, (r, _) => Task.FromResult(r.SmartcarIssue == NeedsReconnect
                ? SessionChange.None
                : new SessionChange { Facts = [new SessionFacts.CarConnection(NeedsReconnect, null)] }), ct);
        }
    }

    /// <summary>Reactivates tracking of the driver's open Smartcar sessions; returns how many.</summary>
    public async Task<int> ResumeForDriverAsync(Guid driverId, CancellationToken ct)
    {
        var open = SessionStatusNames.Active;
        var sessions = await db.Sessions.Where(s => s.DriverId == driverId && s.SmartcarEnabled && s.KitchenFiredAt == null && open.Contains(s.Status))
            .ToListAsync(ct);
        var connected = await db.SmartcarConnections.AsNoTracking().Where(c => c.DriverId == driverId && c.Status == ConnectionStatus.Active)
            .OrderByDescending(c => c.IsPrimary).Select(c => c.VehicleId).ToListAsync(ct);
        if (sessions.Count == 0 || connected.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        foreach (var session in sessions)
        {
            // The same car if it is still connected, else the one just connected.
            var vehicle = session.SmartcarVehicleId is { } v && connected.Contains(v) ? v : connected[0];
            var tracked = await db.TrackedSessions.SingleOrDefaultAsync(t => t.SessionId == session.Id, ct);
            if (tracked is null)
            {
                tracked = new TrackedSession { SessionId = session.Id };
                db.TrackedSessions.Add(tracked);
            }

            (tracked.Active, tracked.NextPollAt, tracked.ClaimBy, tracked.LeaseOwner, tracked.LeaseUntil, tracked.UpdatedAt) = (true, now, now, null, null, now);
            await db.SaveChangesAsync(ct);
            await store.ApplyAsync(session, (r, _) => Task.FromResult(r.SmartcarIssue is null && r.SmartcarVehicleId == vehicle
                ? SessionChange.None
                : new SessionChange { Facts = [new SessionFacts.CarConnection(null, vehicle)] }), ct);
        }

        logger.LogInformation("Tracking resumed for {Count} session(s) after a Smartcar reconnect", sessions.Count);
        return sessions.Count;
    }
}
