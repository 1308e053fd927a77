using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Nerava.Api.Hosting.Guard;

/// <summary>
/// Refuses malformed input before any handler runs, so handlers never meet it: NUL characters in the target or headers,
/// bodies over the route's limit (413), unsupported content types (415), JSON that is not UTF-8, holds NULs or lone
/// surrogates or nests too deep, and forms that cannot be parsed (400). Each answer is a problem with an error code.
/// </summary>
public sealed class RequestGuardMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options, ILogger<RequestGuardMiddleware> logger)
{
    private readonly RequestLimitsOptions _options = options.Value;

    public async Task InvokeAsync(HttpContext http)
    {
        var rejection = TargetCheck.Check(http.Request) ?? await CheckBodyAsync(http);
        if (rejection is null)
        {
            await next(http);
            return;
        }

        logger.LogInformation("Refused {Method} {Path}: {Error} ({Detail})", http.Request.Method, http.Request.Path, rejection.Error,
            rejection.Detail);
        // The rest of an unread body is not worth reading: ask an HTTP/1.x client to open a new connection (HTTP/2 and 3
        // have no Connection header; Kestrel resets the stream instead).
        if (HttpProtocol.IsHttp11(http.Request.Protocol) || HttpProtocol.IsHttp10(http.Request.Protocol))
        {
            http.Response.Headers.Connection = "close";
        }
        await Problems.Create(rejection.Status, rejection.Error, rejection.Title, rejection.Detail).ExecuteAsync(http);
    }

    private async Task<BodyRejection?> CheckBodyAsync(HttpContext http)
    {
        var request = http.Request;
        var endpoint = http.GetEndpoint();
        if (endpoint is null || http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false
            || request.ContentLength == 0)
        {
            return null;
        }

        var limit = BodyLimits.For(endpoint, _options);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max)
        {
            max.MaxRequestBodySize = limit;
        }

        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var contentType = ContentTypes.Parse(request.ContentType);
        if (contentType.IsJson)
        {
            return contentType.IsUtf8 ? await CheckJsonAsync(request, limit) : ContentTypes.NotUtf8();
        }

        if (request.HasFormContentType)
        {
            return await FormCheck.CheckAsync(request, limit);
        }

        return endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts
            ? ContentTypes.Unsupported(request.ContentType, accepts.ContentTypes)
            : null;
    }

    private async Task<BodyRejection?> CheckJsonAsync(HttpRequest request, long limit)
    {
        var (body, complete) = await BodyBuffer.ReadAsync(request.Body, limit, request.HttpContext.RequestAborted);
        if (!complete)
        {
            return TooLarge(limit);
        }

        if (body.Length == 0)
        {
            return null;
        }

        // The handler reads the same bytes again, from memory.
        request.Body = new MemoryStream(body, writable: false);
        return JsonBodyCheck.Check(body, _options.MaxJsonDepth);
    }

    public static BodyRejection TooLarge(long limit) =>
        new(413, ErrorCodes.PayloadTooLarge, "The request body is too large.", $"This endpoint accepts at most {limit} bytes.");
}
