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

    /// <summary>The charger named on create is not linked to the merchant in the catalog.</summary>
    public const string ChargerNotAtMerchant = "CHARGER_NOT_AT_MERCHANT";

    /// <summary>The merchant does not offer the fulfilment mode asked for.</summary>
    public const string FulfillmentNotOffered = "FULFILLMENT_NOT_OFFERED";

    /// <summary>The driver's estimate is below 1 cent or above the merchant's largest order.</summary>
    public const string EstimateOutOfRange = "ESTIMATE_OUT_OF_RANGE";

    /// <summary>A merchant-reported total is above the merchant's largest order.</summary>
    public const string TotalOutOfRange = "TOTAL_OUT_OF_RANGE";

    /// <summary>The merchant confirmed an estimate that is not the session's (it changed, or the client is stale).</summary>
    public const string EstimateChanged = "ESTIMATE_CHANGED";
}
