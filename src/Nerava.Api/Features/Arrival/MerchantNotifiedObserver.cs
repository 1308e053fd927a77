using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Notifications;
using Nerava.Api.Features.Realtime;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

/// <summary>A "fire now" message accepted by a provider moves the session arrived → merchant_notified (once).</summary>
public sealed class MerchantNotifiedObserver(NeravaDbContext db, SessionStore store, SessionBroadcaster broadcaster,
    AnalyticsSink analytics, TimeProvider clock) : IOutboxDeliveryObserver
{
    public async Task OnDeliveredAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind != MerchantNotifier.KitchenFireKind || message.SessionId is not { } id)
        {
            return;
        }

        var row = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (row is null || SessionStore.StatusOf(row) != SessionStatus.Arrived)
        {
            return; // Already notified by another channel, or confirmed/canceled meanwhile.
        }

        var result = await store.ApplyAsync(row, SessionTrigger.MerchantNotified, s => s.MerchantNotifiedAt = clock.GetUtcNow(), ct);
        if (result.Outcome == StoreOutcome.Applied)
        {
            analytics.Capture("ev_arrival.merchant_notified", row.DriverId.ToString(),
                new Dictionary<string, object?> { ["session_id"] = id, ["method"] = message.Channel });
            await broadcaster.PublishAsync(row, ct);
        }
    }
}
