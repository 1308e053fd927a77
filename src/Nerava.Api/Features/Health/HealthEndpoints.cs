using Microsoft.Extensions.Diagnostics.HealthChecks;
using Nerava.Api.Data;

namespace Nerava.Api.Features.Health;

/// <summary>Liveness (the process answers) and readiness (the database answers).</summary>
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
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}

internal sealed class DatabaseHealthCheck(NeravaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
