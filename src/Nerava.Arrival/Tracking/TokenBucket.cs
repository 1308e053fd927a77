namespace Nerava.Arrival.Tracking;

/// <summary>
/// Token-bucket math for the application-wide Smartcar budget, one token per request Smartcar counts. Pure: the state goes in
/// and comes out, the caller stores it under a row lock. Defaults: 120 tokens, refilled at 2 per minute.
/// </summary>
public sealed class TokenBucket
{
    public const int DefaultCapacity = 120;
    public const double DefaultRefillPerMinute = 2;

    public TokenBucket(int capacity = DefaultCapacity, double refillPerMinute = DefaultRefillPerMinute)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (!double.IsFinite(refillPerMinute) || refillPerMinute <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(refillPerMinute), refillPerMinute, "The refill rate must be positive.");
        }

        Capacity = capacity;
        RefillPerMinute = refillPerMinute;
    }

    public int Capacity { get; }

    public double RefillPerMinute { get; }

    /// <summary>A full bucket at <paramref name="now"/>.</summary>
    public TokenBucketState Full(DateTimeOffset now) => new(Capacity, now);

    /// <summary>
    /// Refills for the time since the last update, then takes <paramref name="n"/> tokens if there are enough.
    /// When refused, <c>Next</c> is the refilled state (nothing taken) and <c>WaitFor</c> is how long until n tokens exist.
    /// A clock behind the stored time (another worker's clock) refills nothing and keeps the stored time.
    /// </summary>
    public (bool Allowed, TokenBucketState Next, TimeSpan WaitFor) TryTake(TokenBucketState s, DateTimeOffset now, int n)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, Capacity);

        var refilled = Refill(s, now);
        if (refilled.Tokens >= n)
        {
            return (true, refilled with { Tokens = refilled.Tokens - n }, TimeSpan.Zero);
        }

        var wait = TimeSpan.FromMinutes((n - refilled.Tokens) / RefillPerMinute);
        return (false, refilled, wait);
    }

    /// <summary>
    /// Refills, then takes as many whole units of <paramref name="unitCost"/> tokens as there are, up to
    /// <paramref name="wanted"/> units: a worker asks once for its whole batch. <c>WaitFor</c> is how long until one more
    /// unit exists when some were refused, zero otherwise.
    /// </summary>
    public (int Granted, TokenBucketState Next, TimeSpan WaitFor) TakeUpTo(TokenBucketState s, DateTimeOffset now, int wanted, int unitCost = 1)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentOutOfRangeException.ThrowIfNegative(wanted);
        ArgumentOutOfRangeException.ThrowIfLessThan(unitCost, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(unitCost, Capacity);

        var refilled = Refill(s, now);
        var granted = (int)Math.Clamp(Math.Floor(refilled.Tokens / unitCost), 0, wanted);
        var next = refilled with { Tokens = refilled.Tokens - (granted * unitCost) };
        var wait = granted == wanted ? TimeSpan.Zero : TimeSpan.FromMinutes((unitCost - next.Tokens) / RefillPerMinute);
        return (granted, next, wait);
    }

    /// <summary>
    /// Refills, then grants the longest prefix of <paramref name="costs"/> (polls in claim order, each costing its requests) that the
    /// tokens cover: the most urgent polls go first and a costly one is never skipped for a cheaper one behind it. <c>WaitFor</c>
    /// is how long until the first refused poll would fit, zero when all were granted.
    /// </summary>
    public (int Granted, TokenBucketState Next, TimeSpan WaitFor) TakeInOrder(TokenBucketState s, DateTimeOffset now, IReadOnlyList<int> costs)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(costs);
        var refilled = Refill(s, now);
        var tokens = refilled.Tokens;
        var granted = 0;
        while (granted < costs.Count && costs[granted] <= tokens)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(costs[granted], 1);
            tokens -= costs[granted];
            granted++;
        }

        var wait = granted == costs.Count ? TimeSpan.Zero : TimeSpan.FromMinutes((Math.Min(costs[granted], Capacity) - tokens) / RefillPerMinute);
        return (granted, refilled with { Tokens = tokens }, wait);
    }

    /// <summary>
    /// Refills, then takes <paramref name="n"/> tokens whatever is left: requests already made (retries, further pages) beyond what
    /// was taken up front. The bucket may go into debt (down to −capacity), which later takes wait out.
    /// </summary>
    public TokenBucketState Charge(TokenBucketState s, DateTimeOffset now, int n)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var refilled = Refill(s, now);
        return refilled with { Tokens = Math.Max(-Capacity, refilled.Tokens - n) };
    }

    private TokenBucketState Refill(TokenBucketState s, DateTimeOffset now)
    {
        // A debt (requests charged after the fact) is kept and refilled like any shortfall.
        var tokens = Math.Clamp(s.Tokens, -Capacity, Capacity);
        if (now <= s.UpdatedAt)
        {
            return new TokenBucketState(tokens, s.UpdatedAt);
        }

        var added = (now - s.UpdatedAt).TotalMinutes * RefillPerMinute;
        return new TokenBucketState(Math.Min(Capacity, tokens + added), now);
    }
}
