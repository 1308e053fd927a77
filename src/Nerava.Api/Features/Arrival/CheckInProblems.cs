using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Hosting;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

/// <summary>The problems a phone check-in (confirm-arrival, trigger-arrival) answers with, worded once.</summary>
public static class CheckInProblems
{
    public static ProblemHttpResult AccuracyTooLow(double? distance) =>
        Problems.BadRequest(GeofenceRejectCodes.AccuracyTooLow, "Your location is too imprecise.", "Wait for a better GPS fix and try again.",
            DistanceExtension(distance));

    /// <summary>Contradictory evidence: nothing fired; the driver confirms at the charger (plug in or start charging).</summary>
    public static ProblemHttpResult NeedsConfirmation(IReadOnlyList<string> flags, SessionStatus status) =>
        Problems.Conflict(SignalErrorCodes.ArrivalNeedsConfirmation, "Please confirm your arrival at the charger.",
            "Your phone's location disagrees with other evidence; plug in or start charging to confirm.",
            new Dictionary<string, object?> { ["flags"] = flags, ["session_status"] = SessionStatusNames.ToWire(status) });

    public static Dictionary<string, object?> DistanceExtension(double? distance) =>
        new() { ["distance_m"] = distance is { } d ? Math.Round(d) : null };
}
