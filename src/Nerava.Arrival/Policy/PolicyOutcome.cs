namespace Nerava.Arrival.Policy;

/// <summary>The result of one <see cref="ArrivalPolicy.Evaluate"/> call.</summary>
/// <param name="Memory">Memory to store for the next signal.</param>
/// <param name="Decisions">What to do, in order (MarkArrived comes before FireKitchen).</param>
/// <param name="EtaMinutes">ETA before arrival (0 when arriving now); null when unknown or after arrival.</param>
/// <param name="DistanceM">Distance from the last known position to the charger, metres.</param>
public sealed record PolicyOutcome(TrackingMemory Memory, IReadOnlyList<Decision> Decisions, double? EtaMinutes, double? DistanceM)
{
    /// <summary>Forecast minutes until the charge target (Ready After Charge), when a rate has been observed.</summary>
    public double? MinutesToChargeTarget { get; init; }

    /// <summary>What the arrival decided in this outcome rested on (set with <see cref="MarkArrived"/>).</summary>
    public Evidence.ArrivalEvidence? Evidence { get; init; }
}
