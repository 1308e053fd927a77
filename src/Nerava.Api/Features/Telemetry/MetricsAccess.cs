using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Telemetry;

/// <summary>
/// /metrics is local-only unless configured: a direct loopback connection (no proxy headers), any address when
/// Telemetry:MetricsAllowRemote is set, or a scraper with Telemetry:MetricsToken. Everyone else sees a 404.
/// </summary>
public static class MetricsAccess
{
    public const string Path = "/metrics";

    public static bool IsAllowed(HttpContext http, TelemetryOptions options)
    {
        if (options.MetricsAllowRemote)
        {
            return true;
        }

        if (options.MetricsToken is { Length: > 0 } token && http.Request.Headers.Authorization.ToString() is { } header
            && header.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Encoding.UTF8.GetBytes(token)))
        {
            return true;
        }

        // A reverse proxy on the same host connects from loopback: a forwarded request is remote.
        var proxied = http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("Forwarded");
        var remote = http.Connection.RemoteIpAddress;
        return !proxied && (remote is null || System.Net.IPAddress.IsLoopback(remote));
    }

    public static WebApplication UseMetricsAccess(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(Path) && !IsAllowed(http, options))
            {
                await Problems.NotFound(ErrorCodes.NotFound, "No such endpoint.").ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        return app;
    }
}
