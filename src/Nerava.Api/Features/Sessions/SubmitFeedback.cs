using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Data;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Sessions;

/// <summary>POST /v1/arrival/{id}/feedback — thumbs up or down on a completed session.</summary>
public static class SubmitFeedback
{
    private static readonly string[] Ratings = ["up", "down"];

    public static async Task<Results<Ok<OkResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id, FeedbackRequest request,
        ClaimsPrincipal user, SessionStore store, NeravaDbContext db, AnalyticsSink analytics, CancellationToken ct)
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

        if (row.Status is not ("completed" or "completed_unbillable"))
        {
            return Problems.Conflict(ErrorCodes.NotCompleted, "Feedback is for completed sessions.");
        }

        (row.FeedbackRating, row.FeedbackReason, row.FeedbackComment) = (request.Rating, request.Reason, request.Comment);
        await db.SaveChangesAsync(ct);
        analytics.Capture("ev_arrival.feedback_submitted", row.DriverId.ToString(),
            new Dictionary<string, object?> { ["session_id"] = id, ["rating"] = request.Rating });
        return TypedResults.Ok(new OkResponse(true));
    }
}
