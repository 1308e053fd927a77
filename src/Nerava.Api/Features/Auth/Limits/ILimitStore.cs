namespace Nerava.Api.Features.Auth.Limits;

/// <summary>At most <paramref name="Limit"/> actions under <paramref name="Key"/> in any sliding <paramref name="Window"/>.</summary>
public sealed record RateLimit(string Key, int Limit, TimeSpan Window);

/// <summary>The slots taken by one action (one per limit), or why none were: the first limit exceeded and when to retry.</summary>
public sealed record RateReservation(bool Allowed, TimeSpan RetryAfter, string? ExceededKey, IReadOnlyList<string> Tokens)
{
    public static RateReservation Refused(string key, TimeSpan retryAfter) =>
        new(false, retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter, key, []);
}

/// <summary>
/// Where limits are counted, shared by every instance: the database by default, Redis when configured. Every
/// operation is atomic: a slot is taken before the action it guards, so concurrent attempts can never exceed a limit.
/// </summary>
public interface ILimitStore
{
    /// <summary>Takes one slot under every limit, or none when any is full.</summary>
    Task<RateReservation> ReserveAsync(IReadOnlyList<RateLimit> limits, DateTimeOffset now, CancellationToken ct);

    /// <summary>Gives the slots back (the action turned out not to count, e.g. a login that succeeded).</summary>
    Task ReleaseAsync(RateReservation reservation, CancellationToken ct);

    /// <summary>Takes one login attempt of the account under <paramref name="key"/> (<see cref="LoginLockout"/>), atomically.</summary>
    Task<LoginDecision> ReserveLoginAsync(string key, LoginLimitOptions options, DateTimeOffset now, CancellationToken ct);

    /// <summary>A correct password: attempts, strikes and any lock are cleared.</summary>
    Task ResetLoginAsync(string key, DateTimeOffset now, CancellationToken ct);
}
