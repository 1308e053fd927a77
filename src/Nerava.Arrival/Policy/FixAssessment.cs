namespace Nerava.Arrival.Policy;

/// <summary>How <see cref="TelematicsFixTracker"/> judged one telematics fix.</summary>
/// <param name="Memory">Memory after the fix (unchanged when the fix was ignored).</param>
/// <param name="Accepted">False for stale, out-of-order, future-stamped or invalid fixes.</param>
/// <param name="DistanceM">Distance to the charger (null when ignored).</param>
/// <param name="Inside">The fix passed the geofence.</param>
/// <param name="Jump">The fix implies an impossible speed from the previous one (an outlier, or the previous one was).</param>
/// <param name="ArrivalRule">Which rule confirmed arrival, or null (see <see cref="ArrivalRules"/>).</param>
public sealed record FixAssessment(
    TrackingMemory Memory,
    bool Accepted,
    double? DistanceM,
    bool Inside,
    bool Jump,
    string? ArrivalRule)
{
    public bool ConfirmsArrival => ArrivalRule is not null;

    /// <summary>Names of the rules that can confirm a telematics arrival.</summary>
    public static class ArrivalRules
    {
        public const string ConsecutiveInside = "consecutive_inside";
        public const string StoppedDeepInside = "stopped_deep_inside";
    }

    public static FixAssessment Ignored(TrackingMemory memory) => new(memory, false, null, false, false, null);
}
