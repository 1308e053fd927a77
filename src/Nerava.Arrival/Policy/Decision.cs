namespace Nerava.Arrival.Policy;

/// <summary>Something the caller must do after a signal; the policy only decides.</summary>
public abstract record Decision;

/// <summary>Apply <c>ArrivalVerified</c>: the driver is at the charger.</summary>
public sealed record MarkArrived(SignalSource Source, double? DistanceM) : Decision
{
    /// <summary>Set when a check-in arrived at another charger of the merchant: the session's charger becomes this one.</summary>
    public string? AtChargerId { get; init; }
}

/// <summary>Why the kitchen fires.</summary>
public enum FireReason
{
    Arrival,
    ChargeTargetReached,
    ChargeComplete,
}

/// <summary>Release the order to the kitchen. Never emitted before arrival.</summary>
public sealed record FireKitchen(FireReason Reason) : Decision;

/// <summary>Tell the merchant the driver is about <paramref name="EtaMinutes"/> away; a message, not a status change.</summary>
public sealed record SendHeadsUp(double EtaMinutes) : Decision;

/// <summary>Tell the merchant the charge target is about <paramref name="MinutesToTarget"/> away.</summary>
public sealed record SendChargeHeadsUp(double MinutesToTarget) : Decision;

/// <summary>
/// A check-in contradicted by other evidence (see <c>Contradictions</c>): nothing fires, the session is flagged with
/// <paramref name="Flags"/> and the driver is asked to confirm at the charger.
/// </summary>
public sealed record FlagArrival(IReadOnlyList<string> Flags) : Decision;

/// <summary>The signal was refused; <paramref name="ErrorCode"/> is stable (see <see cref="SignalErrorCodes"/>).</summary>
public sealed record RejectSignal(string ErrorCode, double? DistanceM) : Decision;
