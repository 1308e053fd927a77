namespace Nerava.Arrival.Sessions;

/// <summary>Creation-time and sweep-time helpers around <see cref="ExpiryRule"/>.</summary>
public static class SessionExpiry
{
    /// <summary>The stored base deadline: creation + <paramref name="lifetime"/> (default <see cref="ArrivalRules.DefaultLifetime"/>).</summary>
    public static DateTimeOffset ComputeExpiresAt(DateTimeOffset createdAt, TimeSpan? lifetime = null)
    {
        var span = lifetime ?? ArrivalRules.DefaultLifetime;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero, nameof(lifetime));
        return createdAt + span;
    }

    /// <summary>Whether the expiry sweep should expire this session now; see <see cref="ExpiryRule"/> for the rule.</summary>
    public static bool IsDue(
        SessionStatus status,
        DateTimeOffset createdAt,
        DateTimeOffset expiresAt,
        DateTimeOffset now,
        DateTimeOffset? arrivedAt = null,
        DateTimeOffset? lastProgressAt = null,
        double? etaMinutes = null) =>
        ExpiryRule.ShouldExpire(status, expiresAt, now, lastProgressAt, etaMinutes, createdAt, arrivedAt);

    /// <summary>The same check with the time read from <paramref name="clock"/>.</summary>
    public static bool IsDue(
        SessionStatus status,
        DateTimeOffset createdAt,
        DateTimeOffset expiresAt,
        TimeProvider clock,
        DateTimeOffset? arrivedAt = null,
        DateTimeOffset? lastProgressAt = null,
        double? etaMinutes = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return IsDue(status, createdAt, expiresAt, clock.GetUtcNow(), arrivedAt, lastProgressAt, etaMinutes);
    }
}
