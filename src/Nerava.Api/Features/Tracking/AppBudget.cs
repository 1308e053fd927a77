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
        if (db.IsPostgres && await TryTakeAtomicallyAsync(bucket, calls, ct) is { } taken)
        {
            return taken;
        }

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

    /// <summary>
    /// PostgreSQL: refill and take in one UPDATE (the row lock orders concurrent workers; no retry storm on a hot row).
    /// Null when the bucket row does not exist yet.
    /// </summary>
    private async Task<(bool Allowed, TimeSpan WaitFor)?> TryTakeAtomicallyAsync(TokenBucket bucket, int calls, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        double capacity = bucket.Capacity;
        var perSecond = bucket.RefillPerMinute / 60.0;
        var took = await db.Database.SqlQuery<double>($"""
            UPDATE rate_buckets
            SET tokens = LEAST({capacity}, tokens + {perSecond} * GREATEST(0, EXTRACT(EPOCH FROM ({now} - updated_at)))) - {calls},
                updated_at = GREATEST(updated_at, {now})
            WHERE name = {BucketName}
              AND LEAST({capacity}, tokens + {perSecond} * GREATEST(0, EXTRACT(EPOCH FROM ({now} - updated_at)))) >= {calls}
            RETURNING tokens AS "Value"
            """).ToListAsync(ct);
        if (took.Count == 1)
        {
            return (true, TimeSpan.Zero);
        }

        var row = await db.RateBuckets.AsNoTracking().SingleOrDefaultAsync(b => b.Name == BucketName, ct);
        if (row is null)
        {
            return null;
        }

        var (_, _, wait) = bucket.TryTake(new TokenBucketState(row.Tokens, row.UpdatedAt), now, calls);
        return (false, wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1));
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
