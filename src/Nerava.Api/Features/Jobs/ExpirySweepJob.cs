using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Sessions;

namespace Nerava.Api.Features.Jobs;

/// <summary>
/// Expires sessions whose deadline passed, so a stale session never blocks a driver's next one. The deadline is
/// the domain's ExpiryRule: a driver visibly on the way keeps the session past its stored expires_at.
/// </summary>
public sealed class ExpirySweepJob(NeravaDbContext db, SessionStore store, TimeProvider clock, ILogger<ExpirySweepJob> logger)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        try
        {
            var now = clock.GetUtcNow();
            // Candidates only: ExpiryRule may still extend any of them.
            var due = await db.Sessions.WhereActive().Where(s => s.ExpiresAt <= now)
                .OrderBy(s => s.ExpiresAt).Take(500).ToListAsync(ct);
            var expired = 0;
            foreach (var row in due)
            {
                // The door stops tracking, publishes and records analytics with the transition.
                if (await store.ExpireIfDueAsync(row, ct))
                {
                    expired++;
                }
            }

            logger.LogInformation("Expiry sweep: {Expired} of {Candidates} candidate sessions expired", expired, due.Count);
            return expired;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged here, rethrown so Hangfire's retry applies.
            logger.LogError(ex, "Expiry sweep failed");
            throw;
        }
    }
}
