using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Nerava.Api.Data;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Health;

/// <summary>Liveness (the process answers) and readiness (the database answers a query; else a 503 problem).</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddNeravaHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync })
            .AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        if (report.Status == HealthStatus.Healthy)
        {
            http.Response.ContentType = "text/plain";
            return http.Response.WriteAsync("Healthy");
        }

        DatabaseOutage.Observed(http.Response);
        return Problems.Create(503, ErrorCodes.DatabaseUnavailable, "The database is unavailable; try again shortly.",
            "The readiness check could not query the database.").ExecuteAsync(http);
    }
}

/// <summary>Runs a query rather than only opening a connection: a pooled connection to a stopped server still "opens".</summary>
internal sealed class DatabaseHealthCheck(NeravaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
