using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Arrival.Tracking;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// Smartcar's application-wide request bucket, kept in the database so every worker draws from the same one; one token per
/// request Smartcar counts (each v2 batch item, each v3 request, each retry). Read, compute with the domain's TokenBucket, write
/// back: on PostgreSQL under the row lock (concurrent workers queue, none is refused for contention); on SQLite (one writer) only
/// if nobody else wrote since, retried. A worker takes once per claimed batch, and charges what retries spent beyond that once per
/// group of answers, so the row is touched a few times a second, not once per poll.
/// </summary>
public sealed class AppBudget(NeravaDbContext db, IOptions<TrackingOptions> options, TimeProvider clock)
{
    public const string BucketName = "smartcar-app";
    private const int Attempts = 8;

    private delegate (int Granted, TokenBucketState Next, TimeSpan WaitFor) Step(TokenBucket bucket, TokenBucketState state, DateTimeOffset now);

    /// <summary>One poll costing <paramref name="calls"/> requests: allowed, or how long until it would be.</summary>
    public async Task<(bool Allowed, TimeSpan WaitFor)> TryTakeAsync(int calls, CancellationToken ct)
    {
        var (granted, wait) = await TakeInOrderAsync([calls], ct);
        return (granted == 1, wait);
    }

    /// <summary>
    /// Up to <paramref name="polls"/> polls of <paramref name="callsPerPoll"/> requests each: how many may go now, and
    /// how long until the next one could when some were refused.
    /// </summary>
    public Task<(int Granted, TimeSpan WaitFor)> TakeUpToAsync(int polls, int callsPerPoll, CancellationToken ct) =>
        polls == 0 ? Task.FromResult((0, TimeSpan.Zero)) : UpdateAsync((b, s, now) => b.TakeUpTo(s, now, polls, callsPerPoll), ct);

    /// <summary>
    /// Polls in claim order, each costing its requests: how many of the first may go now (see TokenBucket.TakeInOrder), and how
    /// long until the first refused one could.
    /// </summary>
    public Task<(int Granted, TimeSpan WaitFor)> TakeInOrderAsync(IReadOnlyList<int> costs, CancellationToken ct) =>
        costs.Count == 0 ? Task.FromResult((0, TimeSpan.Zero)) : UpdateAsync((b, s, now) => b.TakeInOrder(s, now, costs), ct);

    /// <summary>Requests already made beyond what was taken (retries, further pages): taken even into debt.</summary>
    public async Task ChargeAsync(int requests, CancellationToken ct)
    {
        if (requests > 0)
        {
            await UpdateAsync((b, s, now) => (1, b.Charge(s, now, requests), TimeSpan.Zero), ct);
        }
    }

    private async Task<(int Granted, TimeSpan WaitFor)> UpdateAsync(Step step, CancellationToken ct)
    {
        var bucket = new TokenBucket(options.Value.AppBucketCapacity, options.Value.AppBucketRefillPerMinute);
        if (db.IsPostgres && await UpdateUnderLockAsync(bucket, step, ct) is { } taken)
        {
            return taken;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = clock.GetUtcNow();
            var row = await db.RateBuckets.AsNoTracking().SingleOrDefaultAsync(b => b.Name == BucketName, ct);
            if (row is null)
            {
                await CreateFullAsync(bucket, now, ct);
                continue;
            }

            var (granted, next, wait) = step(bucket, new TokenBucketState(row.Tokens, row.UpdatedAt), now);
            if (granted == 0)
            {
                return (0, wait); // Nothing taken, nothing to write.
            }

            var written = await db.RateBuckets.Where(b => b.Name == BucketName && b.UpdatedAt == row.UpdatedAt && b.Tokens == row.Tokens)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Tokens, next.Tokens).SetProperty(b => b.UpdatedAt, next.UpdatedAt), ct);
            if (written == 1)
            {
                return (granted, wait);
            }
        }

        return (0, TimeSpan.FromSeconds(1)); // Heavy contention: back off rather than spin.
    }

    /// <summary>Null when the bucket row does not exist yet.</summary>
    private async Task<(int Granted, TimeSpan WaitFor)?> UpdateUnderLockAsync(TokenBucket bucket, Step step, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.RateBuckets.FromSql($"SELECT * FROM rate_buckets WHERE name = {BucketName} FOR UPDATE").AsNoTracking().ToListAsync(ct);
        if (rows is not [var row])
        {
            return null;
        }

        var (granted, next, wait) = step(bucket, new TokenBucketState(row.Tokens, row.UpdatedAt), clock.GetUtcNow());
        if (granted > 0)
        {
            await db.RateBuckets.Where(b => b.Name == BucketName)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Tokens, next.Tokens).SetProperty(b => b.UpdatedAt, next.UpdatedAt), ct);
        }

        await tx.CommitAsync(ct);
        return (granted, wait);
    }

    // SQLite stores DateTimeOffset as UTC ticks (see SqliteNeravaDbContext); PostgreSQL as timestamptz.
    private object Stored(DateTimeOffset at) => db.IsPostgres ? at : at.UtcTicks;

    private async Task CreateFullAsync(TokenBucket bucket, DateTimeOffset now, CancellationToken ct)
    {
        // Insert without touching the caller's unit of work.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO rate_buckets (name, tokens, updated_at) VALUES ({BucketName}, {(double)bucket.Capacity}, {Stored(now)}) ON CONFLICT (name) DO NOTHING", ct);
    }
}
