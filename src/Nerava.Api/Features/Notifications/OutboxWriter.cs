using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Notifications;

/// <summary>
/// Adds outbox rows to the caller's unit of work; they commit (or not) with the change that caused them.
/// </summary>
public sealed class OutboxWriter(NeravaDbContext db, TimeProvider clock, OutboxSignal signal)
{
    // ExactlyOnce ends an SMS body with a marker ("Ref K7Q2M9XA") the dispatcher looks for in Twilio's Messages list
    // before it re-sends a message whose earlier attempt may have gone out.
    public void Enqueue(string dedupeKey, Guid? sessionId, string kind, string channel, string to, string? subject, string body,
        DeliveryGuarantee guarantee = DeliveryGuarantee.AtLeastOnce)
    {
        var now = clock.GetUtcNow();
        var marker = guarantee == DeliveryGuarantee.ExactlyOnce && channel == NotificationChannel.Sms ? MessageRef.New() : null;
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            DedupeKey = dedupeKey,
            SessionId = sessionId,
            Kind = kind,
            Channel = channel,
            To = to,
            Subject = subject,
            Body = marker is null ? body : $"{body} Ref {marker}",
            Ref = marker,
            CreatedAt = now,
            NextAttemptAt = now,
            TraceParent = NeravaTracing.CurrentParent(),
        });
        // An early wake-up is harmless: the dispatcher only sends committed rows.
        signal.Notify();
    }
}

/// <summary>Wakes the dispatcher sooner than its poll interval.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller already woke it.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);
}
