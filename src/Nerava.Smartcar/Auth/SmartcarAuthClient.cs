using Microsoft.Extensions.Options;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Internal;

namespace Nerava.Smartcar.Auth;

/// <summary>Smartcar Connect: authorize URL, code exchange and refresh (<c>POST {AuthOrigin}/oauth/token</c>, HTTP Basic client auth).</summary>
public sealed class SmartcarAuthClient
{
    private readonly HttpClient _http;
    private readonly SmartcarOptions _options;
    private readonly TimeProvider _time;

    public SmartcarAuthClient(HttpClient http, IOptions<SmartcarOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _time = time;
    }

    /// <summary>The Connect URL to redirect the vehicle owner to.</summary>
    public Uri GetAuthUrl(ConnectUrlRequest request) => ConnectUrlBuilder.Build(_options, request);

    /// <summary>Exchanges an authorization code (valid 10 minutes) for a token pair.</summary>
    /// <param name="code">The <c>code</c> from the Connect redirect.</param>
    /// <param name="redirectUri">The redirect URI used in the Connect URL; defaults to <see cref="SmartcarOptions.RedirectUri"/>.</param>
    /// <param name="flags">Optional feature flags sent as <c>?flags=k:v</c>.</param>
    /// <param name="ct">Cancellation.</param>
    public Task<TokenSet> ExchangeCodeAsync(
        string code,
        string? redirectUri = null,
        IReadOnlyList<KeyValuePair<string, string>>? flags = null,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var redirect = redirectUri ?? _options.RedirectUri
            ?? throw new InvalidOperationException("A redirect URI is required to exchange a code (Smartcar:RedirectUri).");
        return RequestTokenAsync(
            [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirect)],
            flags,
            ct);
    }

    /// <summary>
    /// Exchanges a refresh token for a new pair. The old refresh token dies one minute later: persist the returned pair before using it,
    /// and never run two refreshes for the same connection at once.
    /// </summary>
    public Task<TokenSet> ExchangeRefreshTokenAsync(
        string refreshToken,
        IReadOnlyList<KeyValuePair<string, string>>? flags = null,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        return RequestTokenAsync([new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], flags, ct);
    }

    private async Task<TokenSet> RequestTokenAsync(
        List<KeyValuePair<string, string>> form,
        IReadOnlyList<KeyValuePair<string, string>>? flags,
        CancellationToken ct)
    {
        var url = SmartcarHttp.Combine(_options.AuthOrigin, "/oauth/token");
        if (flags is { Count: > 0 })
        {
            url += "?flags=" + Uri.EscapeDataString(string.Join(' ', flags.Select(flag => $"{flag.Key}:{flag.Value}")));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = SmartcarHttp.Basic(_options.ClientId, _options.ClientSecret);
        var response = await SmartcarHttp.SendAsync(_http, request, _time, ct);
        var token = response.Read<TokenResponse>();
        if (string.IsNullOrEmpty(token.AccessToken) || string.IsNullOrEmpty(token.RefreshToken) || token.ExpiresIn is null)
        {
            throw new SmartcarException(response.StatusCode, SmartcarErrorType.Sdk, SmartcarErrorParser.SdkErrorType, null, "Token response lacks access_token, refresh_token or expires_in.")
            {
                RequestId = response.Meta.RequestId,
            };
        }

        var now = _time.GetUtcNow();
        return new TokenSet(token.AccessToken, token.RefreshToken, now.AddSeconds(token.ExpiresIn.Value), now + TokenSet.RefreshTokenLifetime);
    }
}
