using System.Net;
using System.Text;

namespace Nerava.Smartcar.Tests.Infrastructure;

/// <summary>A request as the handler saw it, with the body read at send time.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>Answers queued responses in order and records every request.</summary>
public sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, HttpResponseMessage>> _responses = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public RecordedRequest Single() => Assert.Single(Requests);

    public StubHttpHandler Respond(HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
        Respond(_ => Build(status, body, headers));

    public StubHttpHandler Respond(Func<RecordedRequest, HttpResponseMessage> responder)
    {
        lock (_lock)
        {
            _responses.Enqueue(responder);
        }

        return this;
    }

    public static HttpResponseMessage Build(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, body.TrimStart().StartsWith('<') ? "text/html" : "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public HttpClient CreateClient() => new(this);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        string? body = null;
        string? contentType = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsStringAsync(cancellationToken);
            contentType = request.Content.Headers.ContentType?.MediaType;
        }

        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body, contentType);
        Func<RecordedRequest, HttpResponseMessage> responder;
        lock (_lock)
        {
            _requests.Add(recorded);
            if (!_responses.TryDequeue(out responder!))
            {
                throw new InvalidOperationException($"No response queued for {request.Method} {request.RequestUri}.");
            }
        }

        return responder(recorded);
    }
}
