using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Data;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

public sealed record SetStallRequest(string? Stall);

/// <summary>
/// PUT /v1/arrival/{id}/stall — "I'm at stall 7", so staff at a 12-stall site walk to the right car. Not a status
/// change: any open session may carry it (an empty value clears it), and staff see it live.
/// </summary>
public static class SetStall
{
    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id, SetStallRequest request,
        ClaimsPrincipal user, SessionStore store, CatalogCache catalog, CancellationToken ct)
    {
        var stall = request.Stall?.Trim();
        var v = new Validator().MaxLength(stall, 10, "stall")
            .Require(stall is null || stall.All(c => char.IsLetterOrDigit(c) || c is '-' or ' '), "stall", "Letters, digits and dashes only.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        if (!SessionStatusNames.IsActive(row.Status))
        {
            return TransitionProblems.For(SessionTransitions.Apply(row.Status, SessionTrigger.ArrivalVerified));
        }

        var value = string.IsNullOrEmpty(stall) ? null : stall;
        var result = await store.ApplyAsync(row, (r, _) => Task.FromResult(r.Stall == value
            ? SessionChange.None
            : new SessionChange { Facts = [new SessionFacts.StallSet(value)] }), ct);
        return result.Outcome == ApplyOutcome.Raced ? TransitionProblems.Raced() : TypedResults.Ok(await SessionView.LoadAsync(catalog, row, ct));
    }
}
