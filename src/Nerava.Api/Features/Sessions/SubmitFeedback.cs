using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>POST /v1/arrival/{id}/feedback — thumbs up or down on a completed session.</summary>
public static class SubmitFeedback
{
    private static readonly string[] Ratings = ["up", "down"];

    public static async Task<Results<Ok<OkResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id, FeedbackRequest request,
        ClaimsPrincipal user, SessionStore store, CancellationToken ct)
    {
        var v = new Validator().OneOf(request.Rating, Ratings, "rating").MaxLength(request.Reason, 100, "reason")
            .MaxLength(request.Comment, 200, "comment");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var row = await store.FindForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return TransitionProblems.NotFound();
        }

        // Completed is terminal, so the check cannot go stale before the write.
        if (row.Status is not (SessionStatus.Completed or SessionStatus.CompletedUnbillable))
        {
            return Problems.Conflict(ErrorCodes.NotCompleted, "Feedback is for completed sessions.");
        }

        var result = await store.ApplyAsync(row, (_, _) => Task.FromResult(new SessionChange
        {
            Facts = [new SessionFacts.Feedback(request.Rating!, request.Reason, request.Comment)],
            Events = [new AnalyticsEvent(AnalyticsEvents.FeedbackSubmitted, new Dictionary<string, object?> { ["rating"] = request.Rating })],
        }), ct);
        return result.Outcome == ApplyOutcome.Applied ? TypedResults.Ok(new OkResponse(true)) : TransitionProblems.Raced();
    }
}
