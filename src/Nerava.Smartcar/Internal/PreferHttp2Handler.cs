namespace Nerava.Smartcar.Internal;

/// <summary>
/// Asks for HTTP/2 and accepts HTTP/1.1 (over TLS the server chooses by ALPN; plain http stays on HTTP/1.1), unless the request
/// already asks for something else.
/// </summary>
internal sealed class PreferHttp2Handler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Version == System.Net.HttpVersion.Version11 && request.VersionPolicy == HttpVersionPolicy.RequestVersionOrLower)
        {
            request.Version = System.Net.HttpVersion.Version20;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
