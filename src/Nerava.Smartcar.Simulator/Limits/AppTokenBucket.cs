using System.Collections.Concurrent;

namespace Nerava.Smartcar.Simulator.Limits;

/// <summary>
/// RATE_LIMIT:SMARTCAR_API: one token bucket per application ("a bucket of 120 requests that refills at a rate of 2 requests per
/// minute"). Refill is computed lazily from the elapsed wall time, so idle applications cost nothing.
/// </summary>
public sealed class AppTokenBucket
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public AppTokenBucket(TimeProvider time)
    {
        _time = time;
    }

    public RateLimitDecision TryTake(string clientId, int capacity, double refillPerMinute)
    {
        var now = _time.GetUtcNow();
        var bucket = _buckets.GetOrAdd(clientId, _ => new Bucket(capacity, now));
        lock (bucket)
        {
            var refilled = (now - bucket.UpdatedAt).TotalMinutes * refillPerMinute;
            bucket.Tokens = Math.Min(capacity, bucket.Tokens + Math.Max(0, refilled));
            bucket.UpdatedAt = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return RateLimitDecision.Allow;
            }

            var wait = refillPerMinute <= 0 ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes((1 - bucket.Tokens) / refillPerMinute);
            return new RateLimitDecision(false, wait);
        }
    }

    /// <summary>Refills every bucket (admin: changing the limits starts from a full bucket).</summary>
    public void Reset() => _buckets.Clear();

    private sealed class Bucket(double tokens, DateTimeOffset updatedAt)
    {
        public double Tokens { get; set; } = tokens;

        public DateTimeOffset UpdatedAt { get; set; } = updatedAt;
    }
}
