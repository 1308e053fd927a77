using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Notifications;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Jobs;

/// <summary>
/// Repairs what a crash between "sent" and "session marked notified" can leave: re-runs the delivery observers for
/// sent kitchen-fire messages whose session is still only "arrived".
/// </summary>
public sealed class OutboxReconcileJob(NeravaDbContext db, IEnumerable<IOutboxDeliveryObserver> observers, ILogger<OutboxReconcileJob> logger)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        try
        {
            var stuck = await db.Outbox.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Sent && m.Kind == OutboxKinds.KitchenFire
                            && db.Sessions.Any(s => s.Id == m.SessionId && s.Status == SessionStatus.Arrived))
                .Take(200).ToListAsync(ct);
            foreach (var message in stuck)
            {
                foreach (var observer in observers)
                {
                    await observer.OnDeliveredAsync(message, ct);
                }
            }

            var failed = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Failed, ct);
            if (failed > 0)
            {
                logger.LogWarning("{Failed} outbox messages gave up after all retries; see outbox_messages.last_error", failed);
            }

            return stuck.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Outbox reconcile failed");
            throw;
        }
    }
}
