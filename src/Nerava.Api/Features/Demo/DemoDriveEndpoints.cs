using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;
using Nerava.Arrival.Geo;
using Nerava.Smartcar.Simulator;
using SimPoint = Nerava.Smartcar.Simulator.World.GeoPoint;

namespace Nerava.Api.Features.Demo;

public sealed record DemoDriveRequest(string? ChargerId, double? TimeScale);
public sealed record DemoDriveResponse(string VehicleId, string ChargerId, double RouteKm, double TimeScale, DateTimeOffset? Eta);

/// <summary>
/// Embedded default only: puts the driver's connected (simulated) car a short drive from the chosen charger and starts
/// the trip on a fast clock, so a newcomer watches tracking, ETA, arrival and the merchant text in a few minutes.
/// </summary>
public static class DemoDriveEndpoints
{
    private const double StartDistanceM = 12_000;

    public static IEndpointRouteBuilder MapDemoDriveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/demo/drive", DriveAsync).RequireAuthorization(Roles.DriverPolicy).WithTags("Development").ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<DemoDriveResponse>, ValidationProblem, ProblemHttpResult>> DriveAsync(DemoDriveRequest request,
        ClaimsPrincipal user, NeravaDbContext db, SimulatorState simulator, ChargePointSimulatorHost chargePoints, CancellationToken ct)
    {
        var v = new Validator().Require(!string.IsNullOrWhiteSpace(request.ChargerId), "charger_id", "Required.")
            .Require(request.TimeScale is null or >= 1 and <= 120, "time_scale", "Between 1 and 120.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var charger = await db.Chargers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.ChargerId, ct);
        if (charger is null)
        {
            return Problems.NotFound(ErrorCodes.ChargerNotFound, "No charger with that id.");
        }

        var driverId = user.SubjectId();
        var vehicleId = await db.SmartcarConnections.AsNoTracking().Where(c => c.DriverId == driverId && c.Status == ConnectionStatus.Active)
            .OrderByDescending(c => c.IsPrimary).Select(c => c.VehicleId).FirstOrDefaultAsync(ct);
        var vehicle = vehicleId is null ? null : simulator.World.Find(vehicleId);
        if (vehicle is null)
        {
            return Problems.BadRequest(ErrorCodes.SmartcarNotConnected, "Connect a simulated car first.");
        }

        // Start due north of the charger, far enough for a visible approach and the ETA heads-up.
        var start = GeoMath.Destination(new GeoPoint(charger.Lat, charger.Lng), 0, StartDistanceM);
        var scale = request.TimeScale ?? 20;
        simulator.Clock.SetTimeScale(scale);
        vehicle.Override(new SimPoint(start.Lat, start.Lng), null, simulator.Clock.Now);
        var route = simulator.StartTrip(vehicleId!, new SimPoint(charger.Lat, charger.Lng), 90);
        await db.TrackedSessions.Where(t => t.Active && db.Sessions.Any(s => s.Id == t.SessionId && s.DriverId == driverId))
            // Due now, and any in-flight lease dropped so a poll already running cannot push the plan back out.
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.NextPollAt, DateTimeOffset.UtcNow).SetProperty(t => t.ClaimBy, DateTimeOffset.UtcNow)
                .SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseUntil, (DateTimeOffset?)null), ct);
        // At a merchant-hosted OCPP site the drive ends with the car plugging in (stall 2).
        if (await db.ChargePoints.AnyAsync(c => c.ChargerId == charger.Id, ct))
        {
            chargePoints.PlugInAfterArrival(driverId, charger.Id);
        }

        return TypedResults.Ok(new DemoDriveResponse(vehicleId!, charger.Id, Math.Round(route?.LengthKm ?? 0, 1), scale,
            simulator.Snapshot(vehicleId!)?.TripEta));
    }
}
