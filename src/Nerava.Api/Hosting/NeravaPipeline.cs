using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Features.Notifications;
using Scalar.AspNetCore;

namespace Nerava.Api.Hosting;

/// <summary>Middleware order and the cross-cutting endpoints (OpenAPI, docs UI).</summary>
public static class NeravaPipeline
{
    public static WebApplication UseNeravaPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/docs", o => o.WithTitle("Nerava EV Arrival API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }

    /// <summary>Unknown API paths answer a 404 problem instead of the web app's index page.</summary>
    public static WebApplication MapApiNotFound(this WebApplication app)
    {
        foreach (var prefix in new[] { "/v1", "/dev", "/hubs" })
        {
            app.MapFallback($"{prefix}/{{**path}}", () => Problems.NotFound(ErrorCodes.NotFound, "No such endpoint.")).AllowAnonymous()
                .ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>Dev-only routes exist in the embedded default (dev outbox delivery) and in Development, never in Production.</summary>
    public static bool DevRoutesEnabled(this WebApplication app) =>
        !app.Environment.IsProduction()
        || (app.Services.IsDevOutbox()
            && app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Sqlite);
}
