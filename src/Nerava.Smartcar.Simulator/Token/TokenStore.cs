using System.Collections.Concurrent;

namespace Nerava.Smartcar.Simulator.Token;

/// <summary>
/// Authorization codes, access tokens, rotating refresh tokens and v3 application tokens, all on the wall clock of the
/// injected <see cref="TimeProvider"/> (not simulated time: token lifetimes must not shrink when a trip is fast-forwarded).
/// </summary>
public sealed class TokenStore
{
    private readonly ConcurrentDictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AccessTokenRecord> _accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshTokenRecord> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AppTokenRecord> _appTokens = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly SimulatorOptions _options;

    public TokenStore(TimeProvider time, SimulatorOptions options)
    {
        _time = time;
        _options = options;
    }

    public string IssueCode(string clientId, string redirectUri, IReadOnlyList<string> permissions, IReadOnlyList<string> vehicleIds, string userId)
    {
        var code = Guid.NewGuid().ToString();
        _codes[code] = new AuthorizationCode(clientId, redirectUri, permissions, vehicleIds, userId, _time.GetUtcNow() + _options.AuthorizationCodeLifetime);
        return code;
    }

    /// <summary>Exchanges a code once. Reuse, expiry, another client's code and a different redirect_uri are <c>invalid_grant</c>.</summary>
    public TokenResult RedeemCode(string clientId, string? code, string? redirectUri)
    {
        if (string.IsNullOrEmpty(code))
        {
            return TokenResult.Failure("invalid_request", "Missing required parameter: code.");
        }

        // Removing the code makes it single use even when two exchanges race.
        if (!_codes.TryRemove(code, out var record))
        {
            return TokenResult.Failure("invalid_grant", "Invalid or expired authorization code.");
        }

        if (record.ClientId != clientId || record.ExpiresAt <= _time.GetUtcNow())
        {
            return TokenResult.Failure("invalid_grant", "Invalid or expired authorization code.");
        }

        if (!string.Equals(record.RedirectUri, redirectUri, StringComparison.Ordinal))
        {
            return TokenResult.Failure("invalid_grant", $"Unauthorized redirect_uri: {redirectUri}");
        }

        return TokenResult.Success(IssuePair(new Grant(clientId, record.UserId, record.VehicleIds, record.Permissions)));
    }

    /// <summary>
    /// Rotates a refresh token. The old token keeps working for <see cref="SimulatorOptions.RefreshTokenReuseWindow"/> after its
    /// first use (each use mints a fresh pair), then fails with <c>invalid_grant</c>.
    /// </summary>
    public TokenResult Refresh(string clientId, string? refreshToken)
    {
        if (string.IsNullOrEmpty(refreshToken))
        {
            return TokenResult.Failure("invalid_request", "Missing required parameter: refresh_token.");
        }

        if (!_refreshTokens.TryGetValue(refreshToken, out var record) || record.Grant.ClientId != clientId || record.Grant.Revoked)
        {
            return TokenResult.Failure("invalid_grant", "Invalid or expired refresh token.");
        }

        var now = _time.GetUtcNow();
        lock (record)
        {
            if (record.ExpiresAt <= now)
            {
                return TokenResult.Failure("invalid_grant", "Invalid or expired refresh token.");
            }

            record.FirstUsedAt ??= now;
            if (now - record.FirstUsedAt.Value > _options.RefreshTokenReuseWindow)
            {
                return TokenResult.Failure("invalid_grant", "Invalid or expired refresh token.");
            }
        }

        return TokenResult.Success(IssuePair(record.Grant));
    }

    /// <summary>The grant behind a live access token, or null (unknown, expired or revoked).</summary>
    public Grant? AuthenticateAccessToken(string? token)
    {
        if (token is null || !_accessTokens.TryGetValue(token, out var record))
        {
            return null;
        }

        return record.ExpiresAt > _time.GetUtcNow() && !record.Grant.Revoked ? record.Grant : null;
    }

    public (string Token, TimeSpan ExpiresIn) IssueApplicationToken(string clientId)
    {
        var token = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        _appTokens[token] = new AppTokenRecord(clientId, _time.GetUtcNow() + _options.ApplicationTokenLifetime);
        return (token, _options.ApplicationTokenLifetime);
    }

    /// <summary>The client id behind a live v3 application token, or null.</summary>
    public string? AuthenticateApplicationToken(string? token)
    {
        if (token is null || !_appTokens.TryGetValue(token, out var record))
        {
            return null;
        }

        return record.ExpiresAt > _time.GetUtcNow() ? record.ClientId : null;
    }

    private TokenPair IssuePair(Grant grant)
    {
        var now = _time.GetUtcNow();
        var access = Guid.NewGuid().ToString();
        var refresh = Guid.NewGuid().ToString();
        _accessTokens[access] = new AccessTokenRecord(grant, now + _options.AccessTokenLifetime);
        _refreshTokens[refresh] = new RefreshTokenRecord(grant, now + _options.RefreshTokenLifetime);
        return new TokenPair(access, refresh, _options.AccessTokenLifetime, grant);
    }

    private sealed record AuthorizationCode(
        string ClientId, string RedirectUri, IReadOnlyList<string> Permissions, IReadOnlyList<string> VehicleIds, string UserId, DateTimeOffset ExpiresAt);

    private sealed record AccessTokenRecord(Grant Grant, DateTimeOffset ExpiresAt);

    private sealed record AppTokenRecord(string ClientId, DateTimeOffset ExpiresAt);

    private sealed class RefreshTokenRecord(Grant grant, DateTimeOffset expiresAt)
    {
        public Grant Grant { get; } = grant;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public DateTimeOffset? FirstUsedAt { get; set; }
    }
}
