using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Notifications;

/// <summary>
/// Sends committed outbox rows. A row is claimed with a guarded update and a lease, so two dispatchers never
/// send it twice and a dispatcher that dies mid-send loses nothing: its lease expires and the row is taken again —
/// for an exactly-once SMS only after asking Twilio whether the first attempt went out (see <see cref="OutboxDelivery"/>).
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, OutboxSignal signal, IOptions<NotificationOptions> options,
    NeravaMetrics metrics, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly NotificationOptions _options = options.Value;

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
            catch (Exception ex) when (ex is not OperationCanceledException && DbErrors.IsUnavailable(ex))
            {
                logger.LogWarning("Outbox dispatch paused: the database is unavailable ({Error})", ex.Message);
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
            .OrderBy(m => m.NextAttemptAt).Take(_options.BatchSize).ToListAsync(ct);

        var delivery = new OutboxDelivery(scope.ServiceProvider, db, _options, metrics, clock, logger);
        var handled = 0;
        foreach (var message in candidates)
        {
            // What the row said before this claim: an earlier attempt may have an unknown outcome.
            var earlierUnknown = message.UnconfirmedSince;
            if (await TryClaimAsync(db, message, now, ct))
            {
                await delivery.DeliverAsync(message, earlierUnknown, ct);
                handled++;
            }
        }

        return handled;
    }

    // Committed before the provider is called: a crash from here on leaves a row whose lease runs out and whose
    // UnconfirmedSince says the provider must be asked first. The attempt count guards against a row that changed
    // since it was read.
    private async Task<bool> TryClaimAsync(NeravaDbContext db, OutboxMessage message, DateTimeOffset now, CancellationToken ct)
    {
        var leaseUntil = now + _options.Lease;
        var attempts = message.Attempts;
        var claimed = await db.Outbox
            .Where(m => m.Id == message.Id && m.Attempts == attempts
                        && ((m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                            || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.LeaseUntil, leaseUntil)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.UnconfirmedSince, m => m.UnconfirmedSince ?? now), ct);
        if (claimed != 1)
        {
            return false;
        }

        message.Status = OutboxStatus.Sending;
        message.Attempts = attempts + 1;
        message.UnconfirmedSince ??= now;
        return true;
    }

    /// <summary>Exponential backoff with jitter: 2 s, 4 s, 8 s … capped at 5 minutes.</summary>
    public static TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(300, Math.Pow(2, Math.Clamp(attempt, 1, 10)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
