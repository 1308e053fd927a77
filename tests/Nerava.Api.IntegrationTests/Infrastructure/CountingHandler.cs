namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>Records what the Smartcar client sends, so tests can count calls (e.g. refreshes).</summary>
public sealed class CountingHandler(System.Collections.Concurrent.ConcurrentQueue<string> log) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var grant = request.Content is FormUrlEncodedContent form
            ? System.Web.HttpUtility.ParseQueryString(await form.ReadAsStringAsync(cancellationToken))["grant_type"]
            : null;
        log.Enqueue($"{request.Method} {request.RequestUri?.AbsolutePath} {grant}".Trim());
        return await base.SendAsync(request, cancellationToken);
    }
}
