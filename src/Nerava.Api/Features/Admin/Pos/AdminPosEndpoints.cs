using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Admin.Merchants;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin.Pos;

public sealed record AdminPosRequest(string? Provider, string? AccessToken, string? ExternalId);

/// <summary>/v1/admin/merchants/{id}/pos: a merchant's own Toast or Square credentials. Write-only: reads say only whether they are set.</summary>
public static class AdminPosEndpoints
{
    private static readonly string[] Providers = ["toast", "square"];

    public static void MapAdminPos(this RouteGroupBuilder admin)
    {
        admin.MapGet("/merchants/{id}/pos", GetAsync);
        admin.MapPut("/merchants/{id}/pos", PutAsync);
        admin.MapDelete("/merchants/{id}/pos", DeleteAsync);
    }

    private static async Task<Results<Ok<AdminPosStatus>, ProblemHttpResult>> GetAsync(string id, NeravaDbContext db, CancellationToken ct)
    {
        var merchant = await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        return merchant is null ? AdminMerchantEndpoints.NotFound() : TypedResults.Ok(await StatusAsync(db, merchant, ct));
    }

    private static async Task<Results<Ok<AdminPosStatus>, ValidationProblem, ProblemHttpResult>> PutAsync(string id, AdminPosRequest request,
        ClaimsPrincipal admin, NeravaDbContext db, PosCredentialVault vault, AuditLog audit, CatalogCache catalog, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator().OneOf(request.Provider, Providers, "provider")
            .Require(request.AccessToken is { Length: >= 8 and <= 2000 }, "access_token", "8 to 2000 characters.")
            .Require(request.Provider != "toast" || !string.IsNullOrWhiteSpace(request.ExternalId), "external_id", "Toast needs the restaurant GUID.")
            .MaxLength(request.ExternalId, 200, "external_id");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var merchant = await db.Merchants.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (merchant is null)
        {
            return AdminMerchantEndpoints.NotFound();
        }

        var row = await db.MerchantPosCredentials.SingleOrDefaultAsync(c => c.MerchantId == id, ct);
        if (row is null)
        {
            row = new MerchantPosCredential { MerchantId = id, Provider = "", ProtectedAccessToken = "" };
            db.MerchantPosCredentials.Add(row);
        }

        (row.Provider, row.ProtectedAccessToken, row.ExternalId, row.UpdatedAt) =
            (request.Provider!, vault.Protect(request.AccessToken!), string.IsNullOrWhiteSpace(request.ExternalId) ? null : request.ExternalId.Trim(),
                clock.GetUtcNow());
        merchant.PosProvider = request.Provider!;
        // The token itself never reaches the audit log.
        await audit.RecordAsync(admin, "pos.set", "merchant", id, new { provider = row.Provider, external_id = row.ExternalId }, ct);
        await db.SaveChangesAsync(ct);
        catalog.EvictMerchant(id);
        return TypedResults.Ok(await StatusAsync(db, merchant, ct));
    }

    private static async Task<Results<Ok<AdminPosStatus>, ProblemHttpResult>> DeleteAsync(string id, ClaimsPrincipal admin, NeravaDbContext db,
        AuditLog audit, CatalogCache catalog, CancellationToken ct)
    {
        var merchant = await db.Merchants.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (merchant is null)
        {
            return AdminMerchantEndpoints.NotFound();
        }

        if (await db.MerchantPosCredentials.SingleOrDefaultAsync(c => c.MerchantId == id, ct) is { } row)
        {
            db.MerchantPosCredentials.Remove(row);
            merchant.PosProvider = "none";
            await audit.RecordAsync(admin, "pos.delete", "merchant", id, new { provider = row.Provider }, ct);
            await db.SaveChangesAsync(ct);
            catalog.EvictMerchant(id);
        }

        return TypedResults.Ok(await StatusAsync(db, merchant, ct));
    }

    private static async Task<AdminPosStatus> StatusAsync(NeravaDbContext db, Merchant merchant, CancellationToken ct)
    {
        var row = await db.MerchantPosCredentials.AsNoTracking().Where(c => c.MerchantId == merchant.Id)
            .Select(c => new { c.Provider, c.ExternalId, c.UpdatedAt }).SingleOrDefaultAsync(ct);
        return new AdminPosStatus(row?.Provider ?? merchant.PosProvider, row is not null, row?.ExternalId, row?.UpdatedAt);
    }
}
