using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Admin.Merchants;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin.Chargers;

public sealed record AdminChargerRequest(string? Id, string? Name, string? Network, double? Lat, double? Lng, string? Address, int? Stalls, int? MaxKw);

public sealed record AdminCharger(string Id, string Name, string Network, double Lat, double Lng, string Address, int Stalls, int MaxKw)
{
    public static AdminCharger From(Charger c) => new(c.Id, c.Name, c.Network, c.Lat, c.Lng, c.Address, c.Stalls, c.MaxKw);
}

/// <summary>/v1/admin/chargers: list, read, create, update. (Their OCPP charge points: <see cref="AdminChargePointEndpoints"/>.)</summary>
public static class AdminChargerEndpoints
{
    public static void MapAdminChargers(this RouteGroupBuilder admin)
    {
        admin.MapGet("/chargers", ListAsync);
        admin.MapGet("/chargers/{id}", GetAsync);
        admin.MapPost("/chargers", CreateAsync);
        admin.MapPut("/chargers/{id}", UpdateAsync);
    }

    private static async Task<Ok<List<AdminCharger>>> ListAsync(NeravaDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Chargers.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct)).Select(AdminCharger.From).ToList());

    private static async Task<Results<Ok<AdminCharger>, ProblemHttpResult>> GetAsync(string id, NeravaDbContext db, CancellationToken ct) =>
        await db.Chargers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } c ? TypedResults.Ok(AdminCharger.From(c)) : NotFound();

    private static async Task<Results<Created<AdminCharger>, ValidationProblem, ProblemHttpResult>> CreateAsync(AdminChargerRequest request,
        ClaimsPrincipal admin, NeravaDbContext db, AuditLog audit, CancellationToken ct)
    {
        var v = Validate(request).Require(request.Id is not null, "id", "Required.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        if (await db.Chargers.AnyAsync(c => c.Id == request.Id, ct))
        {
            return Problems.Conflict(AdminErrorCodes.ChargerExists, "A charger with that id exists.");
        }

        var charger = new Charger { Id = request.Id!, Name = "", Network = "", Address = "" };
        Apply(request, charger);
        db.Chargers.Add(charger);
        await audit.RecordAsync(admin, "charger.create", "charger", charger.Id, AdminCharger.From(charger), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return Problems.Conflict(AdminErrorCodes.ChargerExists, "A charger with that id exists.");
        }

        return TypedResults.Created($"/v1/admin/chargers/{charger.Id}", AdminCharger.From(charger));
    }

    private static async Task<Results<Ok<AdminCharger>, ValidationProblem, ProblemHttpResult>> UpdateAsync(string id, AdminChargerRequest request,
        ClaimsPrincipal admin, NeravaDbContext db, AuditLog audit, CatalogCache catalog, CancellationToken ct)
    {
        var v = Validate(request with { Id = null });
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var charger = await db.Chargers.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (charger is null)
        {
            return NotFound();
        }

        var before = AdminCharger.From(charger);
        Apply(request, charger);
        var changes = AuditLog.Changes(before, AdminCharger.From(charger));
        if (changes.Count > 0)
        {
            await audit.RecordAsync(admin, "charger.update", "charger", id, changes, ct);
            await db.SaveChangesAsync(ct);
            catalog.EvictCharger(id);
        }

        return TypedResults.Ok(AdminCharger.From(charger));
    }

    private static Validator Validate(AdminChargerRequest r) => new Validator()
        .Require(r.Id is null || MerchantRequestValidation.Slug().IsMatch(r.Id), "id", "3–80 lowercase letters, digits and dashes.")
        .Require(!string.IsNullOrWhiteSpace(r.Name), "name", "Required.").MaxLength(r.Name, 200, "name")
        .Require(!string.IsNullOrWhiteSpace(r.Network), "network", "Required.").MaxLength(r.Network, 100, "network")
        .Latitude(r.Lat).Longitude(r.Lng)
        .Require(!string.IsNullOrWhiteSpace(r.Address), "address", "Required.").MaxLength(r.Address, 400, "address")
        .Require(r.Stalls is null or >= 1 and <= 1000, "stalls", "Between 1 and 1000.")
        .Require(r.MaxKw is null or >= 1 and <= 2000, "max_kw", "Between 1 and 2000.");

    private static void Apply(AdminChargerRequest r, Charger c)
    {
        c.Name = r.Name!.Trim();
        c.Network = r.Network!.Trim();
        (c.Lat, c.Lng) = (r.Lat!.Value, r.Lng!.Value);
        c.Address = r.Address!.Trim();
        c.Stalls = r.Stalls ?? (c.Stalls == 0 ? 1 : c.Stalls);
        c.MaxKw = r.MaxKw ?? (c.MaxKw == 0 ? 150 : c.MaxKw);
    }

    public static ProblemHttpResult NotFound() => Problems.NotFound(ErrorCodes.ChargerNotFound, "No charger with that id.");
}
