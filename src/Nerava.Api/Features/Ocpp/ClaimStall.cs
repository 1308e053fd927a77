using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Data;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Ocpp;

public sealed record ClaimStallRequest(int? Stall);

/// <summary>
/// POST /v1/arrival/{id}/claim-stall — "That's me at stall 3": corroborates a plug-in without idTag at that stall, which
/// becomes arrival evidence only when this is the single session expected at the site (see PlugInMatcher).
/// </summary>
public static class ClaimStall
{
    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id, ClaimStallRequest request,
        ClaimsPrincipal user, SessionStore store, ChargerSignals signals, CatalogCache catalog, NeravaDbContext db, CancellationToken ct)
    {
        var v = new Validator().Require(request.Stall is >= 1 and <= 999, "stall", "The stall number, 1–999.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        await store.ApplyAsync(row, (_, _) => Task.FromResult(new SessionChange { Facts = [new SessionFacts.StallClaimed(request.Stall!.Value)] }), ct);
        await signals.ClaimStallAsync(row, request.Stall!.Value, ct);
        await db.Entry(row).ReloadAsync(ct);
        return TypedResults.Ok(await SessionView.LoadAsync(catalog, row, ct));
    }
}
