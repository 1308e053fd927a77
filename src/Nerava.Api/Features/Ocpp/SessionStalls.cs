using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Ocpp;

public sealed record StallView(int Stall, string Status, bool Online);

public sealed record StallsResponse(IReadOnlyList<StallView> Stalls);

/// <summary>GET /v1/arrival/{id}/stalls — the session's charger's OCPP stalls for the stall picker (empty when not an OCPP charger).</summary>
public static class SessionStalls
{
    public static async Task<Results<Ok<StallsResponse>, ProblemHttpResult>> HandleAsync(Guid id, ClaimsPrincipal user, SessionStore store,
        NeravaDbContext db, CancellationToken ct)
    {
        var row = await store.FindForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return TransitionProblems.NotFound();
        }

        var stalls = await db.ChargePointConnectors.AsNoTracking()
            .Join(db.ChargePoints.AsNoTracking().Where(c => c.ChargerId == row.ChargerId), k => k.ChargePointId, c => c.Id,
                (k, c) => new StallView(k.Stall, k.Status, c.ConnectedInstance != null))
            .ToListAsync(ct);
        return TypedResults.Ok(new StallsResponse([.. stalls.OrderBy(s => s.Stall)]));
    }
}
