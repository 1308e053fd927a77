using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications;

/// <summary>
/// Sends committed outbox rows. A row is claimed with a guarded update and a lease, so two dispatchers never
/// send it twice and a dispatcher that dies mid-send loses nothing: its lease expires and the row is taken again.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, OutboxSignal signal, IOptions<NotificationOptions> options,
    TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly NotificationOptions _options = options.Value;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await DispatchDueAsync(stoppingToken);
                if (sent > 0)
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox dispatch round failed; will retry");
            }

            try
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: claim due rows and send each. Returns how many were handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        var now = clock.GetUtcNow();
        var candidates = await db.Outbox.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                        || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(_options.BatchSize).ToListAsync(ct);

        var handled = 0;
        foreach (var id in candidates)
        {
            if (await TryClaimAsync(db, id, now, ct))
            {
                await SendClaimedAsync(scope.ServiceProvider, db, id, ct);
                handled++;
            }
        }

        return handled;
    }

    private async Task<bool> TryClaimAsync(NeravaDbContext db, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        var leaseUntil = now + _options.Lease;
        var claimed = await db.Outbox
            .Where(m => m.Id == id && ((m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                                       || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.LeaseUntil, leaseUntil)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        return claimed == 1;
    }

    private async Task SendClaimedAsync(IServiceProvider services, NeravaDbContext db, Guid id, CancellationToken ct)
    {
        var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        var sender = services.GetServices<INotificationSender>().FirstOrDefault(s => s.Channel == message.Channel);
        try
        {
            if (sender is null)
            {
                throw new InvalidOperationException($"No sender for channel '{message.Channel}'.");
            }

            var providerId = await sender.SendAsync(message, ct);
            var now = clock.GetUtcNow();
            await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.ProviderMessageId, providerId).SetProperty(m => m.LastError, (string?)null), ct);
            logger.LogInformation("Sent {Kind} {Channel} message {MessageId} (provider id {ProviderId})",
                message.Kind, message.Channel, message.Id, providerId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await RecordFailureAsync(db, message, ex, ct);
            return;
        }

        await NotifyObserversAsync(services, message, ct);
    }

    // The message is already sent: an observer's failure must never make us send it again.
    private async Task NotifyObserversAsync(IServiceProvider services, OutboxMessage message, CancellationToken ct)
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

    private async Task RecordFailureAsync(NeravaDbContext db, OutboxMessage message, Exception ex, CancellationToken ct)
    {
        var attempts = message.Attempts;
        var giveUp = attempts >= _options.MaxAttempts || ex is PermanentDeliveryException;
        var next = clock.GetUtcNow() + Backoff(attempts);
        var error = ex.Message.Length > 900 ? ex.Message[..900] : ex.Message;
        await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, error), ct);
        logger.LogWarning("Sending {Kind} {Channel} message {MessageId} failed (attempt {Attempt}, giving up: {GiveUp}): {Error}",
            message.Kind, message.Channel, message.Id, attempts, giveUp, ex.GetType().Name);
    }

    /// <summary>Exponential backoff with jitter: 2 s, 4 s, 8 s … capped at 5 minutes.</summary>
    public static TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(300, Math.Pow(2, Math.Clamp(attempt, 1, 10)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
