using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;

namespace Nerava.Api.Features.Jobs;

/// <summary>Forgets counted actions and login throttles no limit looks at any more (every window is at most a day).</summary>
public sealed class RateLimitPurgeJob(NeravaDbContext db, TimeProvider clock, ILogger<RateLimitPurgeJob> logger)
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        try
        {
            var cutoff = clock.GetUtcNow() - Retention;
            var events = await db.RateEvents.Where(e => e.At < cutoff).ExecuteDeleteAsync(ct);
            var throttles = await db.LoginThrottles.Where(t => t.UpdatedAt < cutoff && (t.LockedUntil == null || t.LockedUntil < cutoff))
                .ExecuteDeleteAsync(ct);
            logger.LogInformation("Purged {Events} rate events and {Throttles} login throttles", events, throttles);
            return events + throttles;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Rate limit purge failed");
            throw;
        }
    }
}
