using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Admin.Merchants;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin.Chargers;

public sealed record AdminLinkRequest(int? WalkM);

/// <summary>PUT/DELETE /v1/admin/merchants/{id}/chargers/{chargerId}: which chargers a merchant serves, and the walk.</summary>
public static class AdminLinkEndpoints
{
    public const int MaxWalkM = 2000;

    public static void MapAdminLinks(this RouteGroupBuilder admin)
    {
        admin.MapPut("/merchants/{id}/chargers/{chargerId}", LinkAsync);
        admin.MapDelete("/merchants/{id}/chargers/{chargerId}", UnlinkAsync);
    }

    private static async Task<Results<Ok<AdminMerchant>, ValidationProblem, ProblemHttpResult>> LinkAsync(string id, string chargerId,
        AdminLinkRequest request, ClaimsPrincipal admin, NeravaDbContext db, AuditLog audit, CatalogCache catalog, CancellationToken ct)
    {
        var v = new Validator().Require(request.WalkM is >= 0 and <= MaxWalkM, "walk_m", $"Between 0 and {MaxWalkM} metres.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        if (!await db.Merchants.AnyAsync(m => m.Id == id, ct))
        {
            return AdminMerchantEndpoints.NotFound();
        }

        if (!await db.Chargers.AnyAsync(c => c.Id == chargerId, ct))
        {
            return AdminChargerEndpoints.NotFound();
        }

        var link = await db.MerchantChargers.SingleOrDefaultAsync(l => l.MerchantId == id && l.ChargerId == chargerId, ct);
        var before = link?.WalkM;
        if (link is null)
        {
            db.MerchantChargers.Add(new MerchantCharger { MerchantId = id, ChargerId = chargerId, WalkM = request.WalkM!.Value });
        }
        else
        {
            link.WalkM = request.WalkM!.Value;
        }

        if (before != request.WalkM)
        {
            await audit.RecordAsync(admin, before is null ? "link.create" : "link.update", "merchant", id,
                new { charger_id = chargerId, walk_m = new[] { before, request.WalkM } }, ct);
            await db.SaveChangesAsync(ct);
            catalog.EvictLinks(id);
        }

        return TypedResults.Ok((await AdminMerchantEndpoints.LoadAsync(db, id, ct))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnlinkAsync(string id, string chargerId, ClaimsPrincipal admin,
        NeravaDbContext db, AuditLog audit, CatalogCache catalog, CancellationToken ct)
    {
        var link = await db.MerchantChargers.SingleOrDefaultAsync(l => l.MerchantId == id && l.ChargerId == chargerId, ct);
        if (link is null)
        {
            return Problems.NotFound(AdminErrorCodes.LinkNotFound, "That merchant is not linked to that charger.");
        }

        db.MerchantChargers.Remove(link);
        await audit.RecordAsync(admin, "link.delete", "merchant", id, new { charger_id = chargerId, walk_m = link.WalkM }, ct);
        await db.SaveChangesAsync(ct);
        catalog.EvictLinks(id);
        return TypedResults.NoContent();
    }
}
