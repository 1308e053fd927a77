using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>Maps a rejected transition to its problem: expired → 410, everything else → 409 with the domain's code.</summary>
public static class TransitionProblems
{
    public static ProblemHttpResult For(TransitionResult rejected) => rejected.ErrorCode switch
    {
        SessionErrorCodes.SessionExpired => Expired(),
        SessionErrorCodes.NotArrived => Problems.Conflict(SessionErrorCodes.NotArrived, "The driver has not arrived yet.",
            "Fulfilment can only be confirmed after verified arrival."),
        var code => Problems.Conflict(code ?? ErrorCodes.Conflict, "That is not possible in the session's current state.", rejected.Reason),
    };

    public static ProblemHttpResult Expired() =>
        Problems.Gone(ErrorCodes.SessionExpired, "This session has expired.", "Start a new EV Arrival.");

    public static ProblemHttpResult NotFound() => Problems.NotFound(ErrorCodes.SessionNotFound, "No such session.");

    public static ProblemHttpResult Raced() =>
        Problems.Conflict(ErrorCodes.Conflict, "The session changed while we were updating it.", "Reload and try again.");
}
