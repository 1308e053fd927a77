using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications;

/// <summary>
/// Adds outbox rows to the caller's unit of work; they commit (or not) with the change that caused them.
/// </summary>
public sealed class OutboxWriter(NeravaDbContext db, TimeProvider clock, OutboxSignal signal)
{
    public void Enqueue(string dedupeKey, Guid? sessionId, string kind, string channel, string to, string? subject, string body)
    {
        var now = clock.GetUtcNow();
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            DedupeKey = dedupeKey,
            SessionId = sessionId,
            Kind = kind,
            Channel = channel,
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
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
