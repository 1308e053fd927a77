using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin.Merchants;

/// <summary>/v1/admin/merchants: list, read, create and update merchants (fees and caps included).</summary>
public static class AdminMerchantEndpoints
{
    public static void MapAdminMerchants(this RouteGroupBuilder admin)
    {
        admin.MapGet("/merchants", ListAsync);
        admin.MapGet("/merchants/{id}", GetAsync);
        admin.MapPost("/merchants", CreateAsync);
        admin.MapPut("/merchants/{id}", UpdateAsync);
    }

    private static async Task<Ok<List<AdminMerchant>>> ListAsync(NeravaDbContext db, CancellationToken ct)
    {
        var merchants = await db.Merchants.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        return TypedResults.Ok(merchants.Select(AdminMerchant.From).ToList());
    }

    private static async Task<Results<Ok<AdminMerchant>, ProblemHttpResult>> GetAsync(string id, NeravaDbContext db, CancellationToken ct) =>
        await LoadAsync(db, id, ct) is { } merchant ? TypedResults.Ok(merchant) : NotFound();

    private static async Task<Results<Created<AdminMerchant>, ValidationProblem, ProblemHttpResult>> CreateAsync(AdminMerchantRequest request,
        ClaimsPrincipal admin, NeravaDbContext db, AuditLog audit, CancellationToken ct)
    {
        var v = MerchantRequestValidation.Validate(request, creating: true);
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var id = request.Id ?? $"{Slugify(request.Name!)}-{Guid.NewGuid().ToString("N")[..6]}";
        if (await db.Merchants.AnyAsync(m => m.Id == id, ct))
        {
            return Problems.Conflict(AdminErrorCodes.MerchantExists, "A merchant with that id exists.");
        }

        var merchant = new Merchant { Id = id, Name = "", Category = "", Address = "", FulfillmentModes = "" };
        MerchantRequestValidation.Apply(request, merchant);
        db.Merchants.Add(merchant);
        await audit.RecordAsync(admin, "merchant.create", "merchant", id, AdminMerchant.From(merchant), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return Problems.Conflict(AdminErrorCodes.MerchantExists, "A merchant with that id exists.");
        }

        return TypedResults.Created($"/v1/admin/merchants/{id}", (await LoadAsync(db, id, ct))!);
    }

    private static async Task<Results<Ok<AdminMerchant>, ValidationProblem, ProblemHttpResult>> UpdateAsync(string id, AdminMerchantRequest request,
        ClaimsPrincipal admin, NeravaDbContext db, AuditLog audit, CatalogCache catalog, CancellationToken ct)
    {
        var v = MerchantRequestValidation.Validate(request with { Id = null }, creating: false);
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var merchant = await db.Merchants.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (merchant is null)
        {
            return NotFound();
        }

        var before = AdminMerchant.From(merchant);
        MerchantRequestValidation.Apply(request, merchant);
        var changes = AuditLog.Changes(before, AdminMerchant.From(merchant));
        if (changes.Count > 0)
        {
            await audit.RecordAsync(admin, "merchant.update", "merchant", id, changes, ct);
            await db.SaveChangesAsync(ct);
            catalog.EvictMerchant(id);
        }

        return TypedResults.Ok((await LoadAsync(db, id, ct))!);
    }

    public static async Task<AdminMerchant?> LoadAsync(NeravaDbContext db, string id, CancellationToken ct)
    {
        var merchant = await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (merchant is null)
        {
            return null;
        }

        var chargers = await db.MerchantChargers.AsNoTracking().Where(l => l.MerchantId == id).OrderBy(l => l.WalkM)
            .Select(l => new AdminMerchantCharger(l.ChargerId, l.Charger!.Name, l.WalkM)).ToListAsync(ct);
        return AdminMerchant.From(merchant) with { Chargers = chargers };
    }

    public static ProblemHttpResult NotFound() => Problems.NotFound(ErrorCodes.MerchantNotFound, "No merchant with that id.");

    private static string Slugify(string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Length is 0 ? "merchant" : slug[..Math.Min(60, slug.Length)].Trim('-');
    }
}
