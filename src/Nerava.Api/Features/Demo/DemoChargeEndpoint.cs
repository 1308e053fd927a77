using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;
using Nerava.Smartcar.Simulator;

namespace Nerava.Api.Features.Demo;

public sealed record DemoChargeRequest(double? TimeScale, double? PowerKw);
public sealed record DemoChargeResponse(string VehicleId, double TimeScale, double PowerKw);

/// <summary>
/// Embedded default only: plugs the driver's connected (simulated) car in and charges it on a fast clock, so Ready
/// After Charge plays out in a minute — the board shows "charging", then "fire now" at the target.
/// </summary>
public static class DemoChargeEndpoint
{
    public static IEndpointRouteBuilder MapDemoChargeEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/demo/charge", ChargeAsync).RequireAuthorization(Roles.DriverPolicy).WithTags("Development").ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<DemoChargeResponse>, ValidationProblem, ProblemHttpResult>> ChargeAsync(DemoChargeRequest request,
        ClaimsPrincipal user, NeravaDbContext db, SimulatorState simulator, CancellationToken ct)
    {
        var v = new Validator().Require(request.TimeScale is null or >= 1 and <= 120, "time_scale", "Between 1 and 120.")
            .Require(request.PowerKw is null or > 0 and <= 400, "power_kw", "Between 1 and 400.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var driverId = user.SubjectId();
        var vehicleId = await db.SmartcarConnections.AsNoTracking().Where(c => c.DriverId == driverId && c.Status == ConnectionStatus.Active)
            .OrderByDescending(c => c.IsPrimary).Select(c => c.VehicleId).FirstOrDefaultAsync(ct);
        var power = request.PowerKw ?? 250;
        if (vehicleId is null || !simulator.SetCharging(vehicleId, true, null, power))
        {
            return Problems.BadRequest(ErrorCodes.SmartcarNotConnected, "Connect a simulated car first.");
        }

        var scale = request.TimeScale ?? 60;
        simulator.Clock.SetTimeScale(scale);
        // Due now, lease dropped: the plan made on the slow clock before charging must not hold the next reading back.
        await db.TrackedSessions.Where(t => t.Active && db.Sessions.Any(s => s.Id == t.SessionId && s.DriverId == driverId))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.NextPollAt, DateTimeOffset.UtcNow).SetProperty(t => t.ClaimBy, DateTimeOffset.UtcNow)
                .SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseUntil, (DateTimeOffset?)null), ct);
        return TypedResults.Ok(new DemoChargeResponse(vehicleId, scale, power));
    }
}
