using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Notifications;

/// <summary>
/// Delivers one claimed outbox row. For an exactly-once SMS whose earlier attempt has an unknown outcome (its lease ran
/// out mid-send, or Twilio timed out or answered 5xx), Twilio's Messages list is asked first: found, the row is marked
/// sent with that message's id; not found, it waits out the settle window and only then sends again.
/// </summary>
internal sealed class OutboxDelivery(IServiceProvider services, NeravaDbContext db, NotificationOptions options, NeravaMetrics metrics,
    TimeProvider clock, ILogger logger)
{
    // Twilio's clock and ours differ a little; a message created just before our recorded attempt start is still ours.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(2);

    public async Task DeliverAsync(OutboxMessage message, DateTimeOffset? earlierUnknown, CancellationToken ct)
    {
        // Continues the trace of the change that queued the row (its transition), so one arrival is one trace.
        using var span = NeravaTracing.OutboxSend(message.TraceParent, message.Id, message.Kind, message.Channel);
        var sender = services.GetServices<INotificationSender>().FirstOrDefault(s => s.Channel == message.Channel);
        try
        {
            if (sender is null)
            {
                throw new PermanentDeliveryException($"No sender for channel '{message.Channel}'.");
            }

            if (earlierUnknown is { } since && message.Ref is not null && sender is IDeliveryLookup lookup)
            {
                if (await lookup.FindSentAsync(message, since - ClockSlack, ct) is { } found)
                {
                    logger.LogInformation("Message {MessageId} was already accepted by the provider ({ProviderId}); marked sent, not re-sent",
                        message.Id, found);
                    await MarkSentAsync(message, found, ct);
                    return;
                }

                if (clock.GetUtcNow() < since + options.ReconcileSettle)
                {
                    await DeferAsync(message, since, ct);
                    return;
                }

                logger.LogWarning("Message {MessageId}: the provider has no copy {Settle} after the unknown attempt; sending again",
                    message.Id, options.ReconcileSettle);
            }

            var providerId = await sender.SendAsync(message, ct);
            await MarkSentAsync(message, providerId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            await RecordFailureAsync(message, earlierUnknown, ex, ct);
        }
    }

    private async Task MarkSentAsync(OutboxMessage message, string providerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var attempts = message.Attempts;
        var marked = await db.Outbox.Where(m => m.Id == message.Id && m.Attempts == attempts).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null).SetProperty(m => m.UnconfirmedSince, (DateTimeOffset?)null)
            .SetProperty(m => m.ProviderMessageId, providerId).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        logger.LogInformation("Sent {Kind} {Channel} message {MessageId} (provider id {ProviderId})",
            message.Kind, message.Channel, message.Id, providerId);
        if (marked == 1)
        {
            metrics.OutboxSent(message.Channel, now - message.CreatedAt);
            await NotifyObserversAsync(message, ct);
        }
    }

    // Nothing in the provider's list yet, still inside the settle window: look again shortly; a look-up is not an attempt.
    private async Task DeferAsync(OutboxMessage message, DateTimeOffset since, CancellationToken ct)
    {
        var next = Min(since + options.ReconcileSettle, clock.GetUtcNow() + options.ReconcileRecheck);
        var attempts = message.Attempts;
        await db.Outbox.Where(m => m.Id == message.Id && m.Attempts == attempts).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null).SetProperty(m => m.Attempts, m => m.Attempts - 1), ct);
        logger.LogInformation("Message {MessageId}: not in the provider's list yet; asking again at {Next}", message.Id, next);
    }

    // The message is already sent: an observer's failure must never make us send it again.
    private async Task NotifyObserversAsync(OutboxMessage message, CancellationToken ct)
    {
        foreach (var observer in services.GetServices<IOutboxDeliveryObserver>())
        {
            try
            {
                await observer.OnDeliveredAsync(message, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Delivery observer {Observer} failed for message {MessageId}", observer.GetType().Name, message.Id);
            }
        }
    }

    private async Task RecordFailureAsync(OutboxMessage message, DateTimeOffset? earlierUnknown, Exception ex, CancellationToken ct)
    {
        var attempts = message.Attempts;
        var giveUp = attempts >= options.MaxAttempts || ex is PermanentDeliveryException;
        // A refusal is a known outcome for this attempt; a timeout or 5xx is not, so the next attempt asks first.
        var known = ex is PermanentDeliveryException or NotDeliveredException;
        var unconfirmed = known ? earlierUnknown : message.UnconfirmedSince;
        var next = clock.GetUtcNow() + OutboxDispatcher.Backoff(attempts);
        var error = ex.Message.Length > 900 ? ex.Message[..900] : ex.Message;
        await db.Outbox.Where(m => m.Id == message.Id && m.Attempts == attempts).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.UnconfirmedSince, unconfirmed).SetProperty(m => m.LastError, error), CancellationToken.None);
        metrics.OutboxFailed(message.Channel, giveUp);
        logger.LogWarning("Sending {Kind} {Channel} message {MessageId} failed (attempt {Attempt}, giving up: {GiveUp}): {Error}",
            message.Kind, message.Channel, message.Id, attempts, giveUp, ex.GetType().Name);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
