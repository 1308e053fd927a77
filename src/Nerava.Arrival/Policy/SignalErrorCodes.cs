using Nerava.Arrival.Geo;

namespace Nerava.Arrival.Policy;

/// <summary>Stable codes for <see cref="RejectSignal"/>. Status conflicts reuse <c>SessionErrorCodes</c> from the transition table.</summary>
public static class SignalErrorCodes
{
    public const string TooFarFromCharger = GeofenceRejectCodes.TooFarFromCharger;
    public const string AccuracyTooLow = GeofenceRejectCodes.AccuracyTooLow;

    /// <summary>A check-in carried no position.</summary>
    public const string PositionRequired = "POSITION_REQUIRED";

    /// <summary>Latitude/longitude out of range or not numbers.</summary>
    public const string InvalidCoordinates = "INVALID_COORDINATES";

    /// <summary>A charger signal came from, or a check-in named, a charger that is neither the session's nor linked to its merchant.</summary>
    public const string WrongCharger = "WRONG_CHARGER";

    /// <summary>A charger event the charger stamped long ago (queued while offline): history, not an arrival now.</summary>
    public const string StaleChargerEvent = "STALE_CHARGER_EVENT";

    /// <summary>A check-in contradicted by other evidence; answered with the flags, nothing fired.</summary>
    public const string ArrivalNeedsConfirmation = "ARRIVAL_NEEDS_CONFIRMATION";
}
