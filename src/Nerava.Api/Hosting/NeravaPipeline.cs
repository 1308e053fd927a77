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
        app.UseMiddleware<Guard.RequestGuardMiddleware>();
        app.UseMiddleware<Guard.TextErrorProblems>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseRateLimiter();
        // A build asset the static files did not find is a plain 404, not the app page (a stale tab asking for an old
        // bundle must fail visibly). An endpoint here would stop static files from serving the ones that exist.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/assets"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        // Browsers and tools that ask for the classic icon get the app's SVG one.
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).AllowAnonymous().ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/docs", o => o.WithTitle("Nerava EV Arrival API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }

    /// <summary>
    /// The web app's index page answers browser routes only. An API path that matches nothing is left to routing, which
    /// answers 404, 405 (known path, other method) or 415 (known path, other content type); status code pages turn
    /// those into problems. A catch-all API fallback would hide the 405 and 415 behind a 404.
    /// </summary>
    public static WebApplication MapWebAppFallback(this WebApplication app)
    {
        app.MapFallbackToFile($"{{*path:nonfile:{WebAppPath.ConstraintName}}}", "index.html");
        return app;
    }

    /// <summary>Dev-only routes exist in the embedded default (dev outbox delivery) and in Development, never in Production.</summary>
    public static bool DevRoutesEnabled(this WebApplication app) =>
        !app.Environment.IsProduction()
        || (app.Services.IsDevOutbox()
            && app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Sqlite);
}
