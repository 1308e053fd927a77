namespace Nerava.Api.Features.Auth.Limits;

/// <summary>Where an account's login throttle stands.</summary>
public sealed record LoginThrottleState(int Attempts, int Strikes, DateTimeOffset? LockedUntil, DateTimeOffset UpdatedAt)
{
    public static LoginThrottleState Fresh(DateTimeOffset now) => new(0, 0, null, now);
}

/// <summary>The answer to "may this login attempt be checked?", and the state that taking it leaves.</summary>
public sealed record LoginDecision(bool Allowed, TimeSpan RetryAfter, LoginThrottleState? Next)
{
    public static LoginDecision Locked(TimeSpan retryAfter) => new(false, retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter, null);
}

/// <summary>
/// Account lockout with growing backoff, as a pure rule. Every attempt takes a slot <b>before</b> its password is
/// checked; the attempt that takes the last of <see cref="LoginLimitOptions.MaxAttemptsPerAccount"/> slots also locks
/// the account (lockout, doubling with each strike up to a cap), so however many attempts race, at most that many are
/// ever checked. A correct password resets everything (<see cref="LoginThrottleState.Fresh"/>): the owner's next
/// correct login after a lockout works. Attempts quiet for <see cref="LoginLimitOptions.AttemptWindow"/> are forgotten,
/// and strikes a day after the last lockout ended.
/// </summary>
public static class LoginLockout
{
    public static LoginDecision Reserve(LoginThrottleState? state, DateTimeOffset now, LoginLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (state?.LockedUntil is { } until && until > now)
        {
            return LoginDecision.Locked(until - now);
        }

        var attempts = state is null || now - state.UpdatedAt > options.AttemptWindow ? 0 : state.Attempts;
        var strikes = state is null || (state.LockedUntil ?? state.UpdatedAt) < now - options.StrikeMemory ? 0 : state.Strikes;
        var next = attempts + 1 >= options.MaxAttemptsPerAccount
            ? new LoginThrottleState(0, strikes + 1, now + Backoff(strikes + 1, options), now)
            : new LoginThrottleState(attempts + 1, strikes, null, now);
        return new LoginDecision(true, TimeSpan.Zero, next);
    }

    /// <summary>Lockout after the <paramref name="strike"/>-th run of failures: Lockout × 2^(strike−1), at most MaxLockout.</summary>
    public static TimeSpan Backoff(int strike, LoginLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var factor = Math.Pow(2, Math.Clamp(strike - 1, 0, 30));
        var ticks = Math.Min(options.Lockout.Ticks * factor, options.MaxLockout.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
