using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Sessions;

/// <summary>Moves a session's satellite rows (queued order, tracking) inside the door's transaction.</summary>
internal static class SessionEffectsWriter
{
    /// <summary>Returns true when a queued order was released (so the store reports ev_arrival.queued_order_released).</summary>
    public static async Task<bool> ApplyAsync(NeravaDbContext db, Guid sessionId, SessionEffects effects, DateTimeOffset now, CancellationToken ct)
    {
        var released = 0;
        if (effects.HasFlag(SessionEffects.ReleaseQueuedOrder))
        {
            released = await db.QueuedOrders.Where(q => q.SessionId == sessionId && q.Status == QueuedOrderStatus.Queued)
                .ExecuteUpdateAsync(u => u.SetProperty(q => q.Status, QueuedOrderStatus.Released).SetProperty(q => q.ReleasedAt, now), ct);
        }

        if (effects.HasFlag(SessionEffects.CancelQueuedOrder) && effects.HasFlag(SessionEffects.StopTracking))
        {
            // A cancel's two updates in one command (one round trip; both providers run the statements in order, in the
            // door's transaction). The same filters as the two statements below.
            await db.Database.ExecuteSqlAsync($"""
                UPDATE queued_orders SET status = {QueuedOrderStatus.Canceled} WHERE session_id = {sessionId} AND status = {QueuedOrderStatus.Queued};
                UPDATE tracked_sessions SET active = FALSE WHERE session_id = {sessionId} AND active
                """, ct);
            return released > 0;
        }

        if (effects.HasFlag(SessionEffects.CancelQueuedOrder))
        {
            await db.QueuedOrders.Where(q => q.SessionId == sessionId && q.Status == QueuedOrderStatus.Queued)
                .ExecuteUpdateAsync(u => u.SetProperty(q => q.Status, QueuedOrderStatus.Canceled), ct);
        }

        if (effects.HasFlag(SessionEffects.StopTracking))
        {
            await db.TrackedSessions.Where(t => t.SessionId == sessionId && t.Active)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Active, false), ct);
        }

        return released > 0;
    }
}
