using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin;

public sealed record AdminAuditEntry(Guid Id, Guid ActorId, string ActorEmail, string Action, string EntityType, string EntityId,
    System.Text.Json.JsonElement? Details, DateTimeOffset At);

/// <summary>GET /v1/admin/audit: who changed what, newest first, optionally for one entity.</summary>
public static class AdminAuditEndpoints
{
    public static void MapAdminAudit(this RouteGroupBuilder admin) => admin.MapGet("/audit", ListAsync);

    private static async Task<Results<Ok<List<AdminAuditEntry>>, ValidationProblem>> ListAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "entity_type")] string? entityType, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "entity_id")] string? entityId, int? limit,
        NeravaDbContext db, CancellationToken ct)
    {
        var v = new Validator().Require(limit is null or >= 1 and <= 1000, "limit", "Between 1 and 1000.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var rows = await db.AuditRecords.AsNoTracking()
            .Where(a => (entityType == null || a.EntityType == entityType) && (entityId == null || a.EntityId == entityId))
            .OrderByDescending(a => a.At).Take(limit ?? 100).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(a => new AdminAuditEntry(a.Id, a.ActorId, a.ActorEmail, a.Action, a.EntityType, a.EntityId,
            a.Details is null ? null : System.Text.Json.JsonDocument.Parse(a.Details).RootElement.Clone(), a.At)).ToList());
    }
}
