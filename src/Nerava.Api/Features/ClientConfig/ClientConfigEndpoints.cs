using Microsoft.Extensions.Options;
using Nerava.Api.Features.Analytics;

namespace Nerava.Api.Features.ClientConfig;

public sealed record MapConfig(string? TileUrl, string? Attribution);
public sealed record WebAnalyticsConfig(string Host, string ApiKey);
public sealed record ClientConfigResponse(MapConfig Map, WebAnalyticsConfig? Analytics);

/// <summary>
/// GET /v1/client-config — the web app's runtime settings from the server's configuration (one build serves every
/// environment): the map's tile URL and where posthog-js sends product events. Public: nothing secret is in it.
/// </summary>
public static class ClientConfigEndpoints
{
    public static IEndpointRouteBuilder MapClientConfigEndpoints(this IEndpointRouteBuilder app, bool localCollector)
    {
        app.MapGet("/v1/client-config", (IOptions<MapOptions> map, IOptions<AnalyticsOptions> analytics) =>
        {
            var a = analytics.Value;
            var host = !string.IsNullOrWhiteSpace(a.WebHost) ? a.WebHost : localCollector ? LocalCollectorEndpoints.LocalCollectorPath : null;
            var key = !string.IsNullOrWhiteSpace(a.WebApiKey) ? a.WebApiKey : "phc_local_collector";
            return TypedResults.Ok(new ClientConfigResponse(
                new MapConfig(NullIfEmpty(map.Value.TileUrl), NullIfEmpty(map.Value.Attribution)),
                host is null ? null : new WebAnalyticsConfig(host, key)));
        }).WithTags("Catalog").AllowAnonymous();
        return app;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
