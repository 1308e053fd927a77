using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Notifications;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

/// <summary>A "fire now" message accepted by a provider moves the session arrived → merchant_notified (once).</summary>
public sealed class MerchantNotifiedObserver(NeravaDbContext db, SessionStore store, TimeProvider clock) : IOutboxDeliveryObserver
{
    public async Task OnDeliveredAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind != OutboxKinds.KitchenFire || message.SessionId is not { } id
            || await db.Sessions.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } row)
        {
            return;
        }

        await store.ApplyAsync(row, (r, _) => Task.FromResult(r.Status != SessionStatus.Arrived
            ? SessionChange.None // Already notified by another channel, or confirmed/canceled meanwhile.
            : new SessionChange
            {
                Trigger = SessionTrigger.MerchantNotified,
                Facts = [new SessionFacts.MerchantNotified(clock.GetUtcNow())],
                Events = [new AnalyticsEvent(AnalyticsEvents.MerchantNotified, new Dictionary<string, object?> { ["method"] = message.Channel })],
            }), ct);
    }
}
