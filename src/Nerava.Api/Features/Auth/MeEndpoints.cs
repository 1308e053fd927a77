using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Auth;

public sealed record VehicleDto(string? Color, string? Model, string? Make, int? Year, string? Plate = null);
public sealed record MeResponse(Guid Id, string Phone, VehicleDto? Vehicle);
public sealed record UpdateVehicleRequest(string? Color, string? Model, string? Plate = null);

/// <summary>The logged-in driver and the vehicle merchants will look for.</summary>
public static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/me").WithTags("Auth").RequireAuthorization(Roles.DriverPolicy);
        group.MapGet("/", GetAsync);
        group.MapPut("/vehicle", UpdateVehicleAsync);
        return group;
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetAsync(ClaimsPrincipal user, NeravaDbContext db, CancellationToken ct)
    {
        var driver = await db.Drivers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == user.SubjectId(), ct);
        return driver is null ? Problems.Unauthorized(ErrorCodes.Unauthorized, "Unknown driver.") : TypedResults.Ok(ToResponse(driver));
    }

    private static async Task<Results<Ok<MeResponse>, ValidationProblem, ProblemHttpResult>> UpdateVehicleAsync(
        UpdateVehicleRequest request, ClaimsPrincipal user, NeravaDbContext db, Sessions.SessionStore sessions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Require(!string.IsNullOrWhiteSpace(request.Color), "color", "Required.").MaxLength(request.Color, 30, "color")
            .Require(!string.IsNullOrWhiteSpace(request.Model), "model", "Required.").MaxLength(request.Model, 60, "model")
            .MaxLength(request.Plate?.Trim(), 16, "plate");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var driver = await db.Drivers.SingleOrDefaultAsync(d => d.Id == user.SubjectId(), ct);
        if (driver is null)
        {
            return Problems.Unauthorized(ErrorCodes.Unauthorized, "Unknown driver.");
        }

        driver.VehicleColor = request.Color!.Trim();
        driver.VehicleModel = request.Model!.Trim();
        driver.VehiclePlate = string.IsNullOrWhiteSpace(request.Plate) ? null : request.Plate.Trim().ToUpperInvariant();
        driver.VehicleSetAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // A session created before vehicle setup ("vehicle_required") gets the vehicle now; set ones stay as they were.
        await sessions.FillMissingVehicleAsync(driver.Id, driver.VehicleColor, driver.VehicleModel, driver.VehiclePlate, ct);
        return TypedResults.Ok(ToResponse(driver));
    }

    private static MeResponse ToResponse(Driver d) => new(d.Id, d.Phone,
        d.VehicleColor is null && d.VehicleModel is null && d.VehicleMake is null
            ? null
            : new VehicleDto(d.VehicleColor, d.VehicleModel, d.VehicleMake, d.VehicleYear, d.VehiclePlate));
}
