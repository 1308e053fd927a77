using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;

namespace Nerava.Api.Features.Jobs;

/// <summary>Forgets idempotency keys and processed webhook ids after their retention (Stripe keeps keys 24 h).</summary>
public sealed class IdempotencyKeyPurgeJob(NeravaDbContext db, IOptions<JobsOptions> options, TimeProvider clock,
    ILogger<IdempotencyKeyPurgeJob> logger)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        try
        {
            var cutoff = clock.GetUtcNow() - options.Value.IdempotencyKeyRetention;
            var keys = await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
            var hooks = await db.ProcessedWebhooks.Where(w => w.ReceivedAt < cutoff.AddDays(-6)).ExecuteDeleteAsync(ct);
            logger.LogInformation("Purged {Keys} idempotency keys and {Hooks} webhook ids", keys, hooks);
            return keys + hooks;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Idempotency key purge failed");
            throw;
        }
    }
}
