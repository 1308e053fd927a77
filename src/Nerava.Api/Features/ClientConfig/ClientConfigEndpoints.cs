using Microsoft.Extensions.Options;

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
        app.MapGet("/v1/client-config", (IOptions<MapOptions> map, IConfiguration config) =>
        {
            // Analytics:WebHost / Analytics:WebApiKey (see the Analytics feature's options); the local collector otherwise.
            var webHost = config["Analytics:WebHost"];
            var webKey = config["Analytics:WebApiKey"];
            var host = !string.IsNullOrWhiteSpace(webHost) ? webHost : localCollector ? LocalCollectorPath : null;
            var key = !string.IsNullOrWhiteSpace(webKey) ? webKey : "phc_local_collector";
            return TypedResults.Ok(new ClientConfigResponse(
                new MapConfig(NullIfEmpty(map.Value.TileUrl), NullIfEmpty(map.Value.Attribution)),
                host is null ? null : new WebAnalyticsConfig(host, key)));
        }).WithTags("Catalog").AllowAnonymous();
        return app;
    }

    /// <summary>Where the embedded default's local collector listens (the Analytics feature maps it).</summary>
    public const string LocalCollectorPath = "/dev/analytics";

    public static IServiceCollection AddClientConfig(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.SectionName);
        return services;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
