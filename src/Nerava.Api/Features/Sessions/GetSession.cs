using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Data;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Sessions;

/// <summary>Reads: one session, the active one (expiring stale ones on the way), and the live Smartcar status.</summary>
public static class GetSession
{
    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> ByIdAsync(Guid id, ClaimsPrincipal user,
        SessionStore store, CatalogCache catalog, CancellationToken ct)
    {
        var row = await store.FindForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return TransitionProblems.NotFound();
        }

        await store.ExpireIfDueAsync(row, ct);
        return TypedResults.Ok(await SessionView.LoadAsync(catalog, row, ct));
    }

    public static async Task<Ok<ActiveSessionResponse>> ActiveAsync(ClaimsPrincipal user, SessionStore store, NeravaDbContext db,
        CatalogCache catalog, CancellationToken ct)
    {
        var driverId = user.SubjectId();
        var row = await SessionQueries.ActiveForDriver(db, driverId, ct);
        if (row is null || await store.ExpireIfDueAsync(row, ct))
        {
            return TypedResults.Ok(new ActiveSessionResponse(null));
        }

        return TypedResults.Ok(new ActiveSessionResponse(await SessionView.LoadAsync(catalog, row, ct)));
    }

    public static async Task<Results<Ok<SmartcarStatusResponse>, ProblemHttpResult>> SmartcarStatusAsync(Guid id, ClaimsPrincipal user,
        SessionStore store, CancellationToken ct)
    {
        var row = await store.FindForDriverAsync(id, user.SubjectId(), ct);
        return row is null ? TransitionProblems.NotFound() : TypedResults.Ok(SmartcarStatusResponse.From(row));
    }
}
