using Microsoft.Extensions.Options;

namespace Nerava.Api.Features.Auth.Limits;

/// <summary>Whether a staff login may check its password now.</summary>
public abstract record LoginGate
{
    /// <summary>Go ahead; report a correct password with <see cref="StaffLoginLimiter.SucceededAsync"/>.</summary>
    public sealed record Open(RateReservation IpSlot, string AccountKey) : LoginGate;

    /// <summary>Refused: the account is locked, or this address failed too often.</summary>
    public sealed record Limited(bool AccountLocked, TimeSpan RetryAfter) : LoginGate;
}

/// <summary>
/// Merchant staff login limits: per client address (failed logins in a sliding window) and per account (lockout with
/// growing backoff, <see cref="LoginLockout"/>). Both take their slot before the password is checked.
/// </summary>
public sealed class StaffLoginLimiter(ILimitStore store, SigningKeyProvider keys, IOptions<LoginLimitOptions> options, TimeProvider clock)
{
    public async Task<LoginGate> EnterAsync(string email, string clientIp, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var ip = await store.ReserveAsync([new RateLimit(LimitKeys.For(keys, "login-ip", clientIp), o.MaxFailuresPerIp, o.IpWindow)], now, ct);
        if (!ip.Allowed)
        {
            return new LoginGate.Limited(false, ip.RetryAfter);
        }

        var account = LimitKeys.For(keys, "login", email.Trim().ToLowerInvariant());
        var decision = await store.ReserveLoginAsync(account, o, now, ct);
        return decision.Allowed ? new LoginGate.Open(ip, account) : new LoginGate.Limited(true, decision.RetryAfter);
    }

    /// <summary>The password was right: the account's attempts and lock are cleared and the address's slot is given back.</summary>
    public async Task SucceededAsync(LoginGate.Open gate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gate);
        await store.ResetLoginAsync(gate.AccountKey, clock.GetUtcNow(), ct);
        await store.ReleaseAsync(gate.IpSlot, ct);
    }
}
