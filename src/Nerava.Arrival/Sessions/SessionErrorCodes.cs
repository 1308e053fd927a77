namespace Nerava.Arrival.Sessions;

/// <summary>Stable machine-readable codes for rejected transitions; clients and the API depend on these strings.</summary>
public static class SessionErrorCodes
{
    /// <summary>The merchant tried to confirm before the driver's arrival was verified.</summary>
    public const string NotArrived = "NOT_ARRIVED";

    /// <summary>The session is completed, canceled or completed-unbillable.</summary>
    public const string SessionTerminal = "SESSION_TERMINAL";

    /// <summary>The session expired (the API answers 410).</summary>
    public const string SessionExpired = "SESSION_EXPIRED";

    /// <summary>Arrival was already verified.</summary>
    public const string AlreadyArrived = "ALREADY_ARRIVED";

    /// <summary>The order cannot change once the driver has arrived.</summary>
    public const string OrderLocked = "ORDER_LOCKED";

    /// <summary>Any other move the table does not allow.</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";
}
