namespace Nerava.Smartcar.Simulator.Token;

/// <summary>An access/refresh token pair as the token endpoint returns it.</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken, TimeSpan ExpiresIn, Grant Grant);

/// <summary>Outcome of a token-endpoint grant: a pair, or an OAuth error (<c>error</c>, <c>error_description</c>).</summary>
public sealed record TokenResult(TokenPair? Pair, string? Error, string? ErrorDescription)
{
    public static TokenResult Success(TokenPair pair) => new(pair, null, null);

    public static TokenResult Failure(string error, string description) => new(null, error, description);
}
