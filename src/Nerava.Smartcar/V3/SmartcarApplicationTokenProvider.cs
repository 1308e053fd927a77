using Microsoft.Extensions.Options;
using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Internal;

namespace Nerava.Smartcar.V3;

/// <summary>
/// Client-credentials token from <c>POST {IamOrigin}/oauth2/token</c> (form <c>grant_type=client_credentials&amp;client_id&amp;client_secret</c>,
/// no Basic auth). Cached until <see cref="SmartcarOptions.ApplicationTokenRefreshMargin"/> before expiry; one fetch at a time.
/// </summary>
public sealed class SmartcarApplicationTokenProvider : ISmartcarApplicationTokenProvider, IDisposable
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    private readonly Func<HttpClient> _httpFactory;
    private readonly SmartcarOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ApplicationToken? _current;

    /// <param name="httpFactory">Creates the HttpClient for one fetch (from <c>IHttpClientFactory</c> in DI).</param>
    /// <param name="options">Client id, secret and IAM origin.</param>
    /// <param name="time">Clock for expiry.</param>
    public SmartcarApplicationTokenProvider(Func<HttpClient> httpFactory, IOptions<SmartcarOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpFactory = httpFactory;
        _options = options.Value;
        _time = time;
    }

    /// <summary>The cached token, if any.</summary>
    public ApplicationToken? Current => Volatile.Read(ref _current);

    public async ValueTask<string> GetTokenAsync(CancellationToken ct = default)
    {
        if (IsFresh(Volatile.Read(ref _current)) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (IsFresh(_current) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var token = await FetchAsync(ct);
            Volatile.Write(ref _current, token);
            return token.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate(string accessToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.AccessToken == accessToken)
        {
            Interlocked.CompareExchange(ref _current, null, current);
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? IsFresh(ApplicationToken? token) =>
        token is not null && token.ExpiresAt - _options.ApplicationTokenRefreshMargin > _time.GetUtcNow() ? token.AccessToken : null;

    private async Task<ApplicationToken> FetchAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SmartcarHttp.Combine(_options.IamOrigin, "/oauth2/token"))
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", _options.ClientId),
                new("client_secret", _options.ClientSecret),
            ]),
        };
        var response = await SmartcarHttp.SendAsync(_httpFactory(), request, _time, ct);
        var body = response.Read<TokenResponse>();
        if (string.IsNullOrEmpty(body.AccessToken))
        {
            throw new SmartcarException(response.StatusCode, SmartcarErrorType.Sdk, SmartcarErrorParser.SdkErrorType, null, "Token response lacks access_token.")
            {
                RequestId = response.Meta.RequestId,
            };
        }

        var lifetime = body.ExpiresIn is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : DefaultLifetime;
        return new ApplicationToken(body.AccessToken, _time.GetUtcNow() + lifetime);
    }
}
