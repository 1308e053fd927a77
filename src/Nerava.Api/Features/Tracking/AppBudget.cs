using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Arrival.Tracking;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// Smartcar's application-wide request bucket, kept in the database so every worker draws from the same one.
/// Read, compute with the domain's TokenBucket, write back only if nobody else wrote since (optimistic, retried).
/// </summary>
public sealed class AppBudget(NeravaDbContext db, IOptions<TrackingOptions> options, TimeProvider clock)
{
    public const string BucketName = "smartcar-app";

    public async Task<(bool Allowed, TimeSpan WaitFor)> TryTakeAsync(int calls, CancellationToken ct)
    {
        var bucket = new TokenBucket(options.Value.AppBucketCapacity, options.Value.AppBucketRefillPerMinute);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var now = clock.GetUtcNow();
            var row = await db.RateBuckets.AsNoTracking().SingleOrDefaultAsync(b => b.Name == BucketName, ct);
            if (row is null)
            {
                await CreateFullAsync(bucket, now, ct);
                continue;
            }

            var (allowed, next, wait) = bucket.TryTake(new TokenBucketState(row.Tokens, row.UpdatedAt), now, calls);
            var written = await db.RateBuckets.Where(b => b.Name == BucketName && b.UpdatedAt == row.UpdatedAt && b.Tokens == row.Tokens)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Tokens, next.Tokens).SetProperty(b => b.UpdatedAt, next.UpdatedAt), ct);
            if (written == 1)
            {
                return (allowed, wait);
            }
        }

        return (false, TimeSpan.FromSeconds(1)); // Heavy contention: back off rather than spin.
    }

    // SQLite stores DateTimeOffset as UTC ticks (see SqliteNeravaDbContext); PostgreSQL as timestamptz.
    private object Stored(DateTimeOffset at) => db.IsPostgres ? at : at.UtcTicks;

    private async Task CreateFullAsync(TokenBucket bucket, DateTimeOffset now, CancellationToken ct)
    {
        // Insert without touching the caller's unit of work (a tracked session may be waiting in the same context).
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO rate_buckets (name, tokens, updated_at) VALUES ({BucketName}, {(double)bucket.Capacity}, {Stored(now)}) ON CONFLICT (name) DO NOTHING", ct);
    }
}
