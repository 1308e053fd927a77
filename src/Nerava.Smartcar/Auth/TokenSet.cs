namespace Nerava.Smartcar.Auth;

/// <summary>
/// A Connect token pair. The access token lives 2 h (<c>expires_in</c>); the refresh token 60 days, or 1 minute after it has been used.
/// Persist both before using the access token: each refresh rotates the refresh token.
/// </summary>
public sealed record TokenSet(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt, DateTimeOffset RefreshExpiresAt)
{
    /// <summary>Lifetime of a refresh token per the Smartcar docs.</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(60);

    /// <summary>True when the access token expires within <paramref name="margin"/> of <paramref name="now"/>.</summary>
    public bool AccessExpiresWithin(DateTimeOffset now, TimeSpan margin) => ExpiresAt - margin <= now;
}
