using System.Net.WebSockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Ocpp;
using Nerava.Api.Hosting;
using Nerava.Ocpp.Connections;

namespace Nerava.Api.Features.Admin.Chargers;

public sealed record AdminChargePointRequest(int? Connectors);

/// <summary>A charge point as operators see it; never its key (only a hash is stored).</summary>
public sealed record AdminChargePoint(string ChargePointId, string ChargerId, IReadOnlyList<int> Stalls, string? Vendor, string? Model,
    string? FirmwareVersion, bool Connected, DateTimeOffset CreatedAt, DateTimeOffset? KeyIssuedAt, DateTimeOffset? LastSeenAt)
{
    public static AdminChargePoint From(ChargePoint p) => new(p.Id, p.ChargerId, [.. p.Connectors.OrderBy(c => c.ConnectorId).Select(c => c.Stall)],
        p.Vendor, p.Model, p.FirmwareVersion, p.ConnectedInstance is not null, p.CreatedAt, p.KeyIssuedAt, p.LastSeenAt);
}

/// <summary>The key, shown this once, and where to connect with it.</summary>
public sealed record AdminChargePointKey(string ChargePointId, string ChargerId, string AuthorizationKey, string Url, IReadOnlyList<int> Stalls);

/// <summary>
/// /v1/admin/chargers/{id}/charge-points and /v1/admin/charge-points/{id}/key: a site's OCPP charge points, registered
/// and re-keyed through the OCPP feature's one registration operation (the same as the dev endpoint's). The key is
/// returned once and never audited.
/// </summary>
public static class AdminChargePointEndpoints
{
    public static void MapAdminChargePoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/chargers/{id}/charge-points", ListAsync);
        admin.MapPost("/chargers/{id}/charge-points", RegisterAsync);
        admin.MapPost("/charge-points/{id}/key", IssueKeyAsync);
    }

    private static async Task<Results<Ok<List<AdminChargePoint>>, ProblemHttpResult>> ListAsync(string id, NeravaDbContext db, CancellationToken ct)
    {
        if (!await db.Chargers.AnyAsync(c => c.Id == id, ct))
        {
            return AdminChargerEndpoints.NotFound();
        }

        var points = await db.ChargePoints.AsNoTracking().Include(p => p.Connectors).Where(p => p.ChargerId == id).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(points.Select(AdminChargePoint.From).ToList());
    }

    private static async Task<Results<Created<AdminChargePointKey>, ValidationProblem, ProblemHttpResult>> RegisterAsync(string id,
        AdminChargePointRequest request, ClaimsPrincipal admin, NeravaDbContext db, ChargePointRegistration registration, AuditLog audit,
        HttpContext http, CancellationToken ct)
    {
        var v = new Validator().Require(request.Connectors is >= 1 and <= ChargePointRegistration.MaxConnectors, "connectors",
            $"Between 1 and {ChargePointRegistration.MaxConnectors}.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        // The registration saves on the same context: the audit record commits with it, or neither does.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var registered = await registration.RegisterAsync(id, request.Connectors!.Value, ct);
        if (registered is null)
        {
            return AdminChargerEndpoints.NotFound();
        }

        await audit.RecordAsync(admin, "charge_point.create", "charger", id,
            new { charge_point_id = registered.ChargePointId, stalls = registered.Stalls }, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        var key = KeyOf(registered, http);
        return TypedResults.Created($"/v1/admin/chargers/{id}/charge-points", key);
    }

    private static async Task<Results<Ok<AdminChargePointKey>, ProblemHttpResult>> IssueKeyAsync(string id, ClaimsPrincipal admin,
        NeravaDbContext db, ChargePointRegistration registration, AuditLog audit, OcppConnectionRegistry connections, HttpContext http,
        CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var issued = await registration.IssueKeyAsync(id, ct);
        if (issued is null)
        {
            return Problems.NotFound(AdminErrorCodes.ChargePointNotFound, "No charge point with that id.");
        }

        await audit.RecordAsync(admin, "charge_point.key", "charge_point", id, new { charger_id = issued.ChargerId }, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // A new key is how a leaked one is revoked: the socket opened with the old key goes too (the charger reconnects
        // with the new one). Only this instance's socket; another instance's stays until it drops.
        if (connections.Find(id) is { } open)
        {
            await open.CloseAsync(WebSocketCloseStatus.PolicyViolation, "Authorization key reissued", CancellationToken.None);
        }

        return TypedResults.Ok(KeyOf(issued, http));
    }

    private static AdminChargePointKey KeyOf(RegisteredChargePoint r, HttpContext http) =>
        new(r.ChargePointId, r.ChargerId, r.AuthorizationKey, OcppUrls.For(http.Request, r.ChargePointId), r.Stalls);
}
