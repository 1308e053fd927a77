namespace Nerava.Arrival.Sessions;

/// <summary>Something that asks a session to change status; <see cref="SessionTransitions.Apply"/> decides.</summary>
public enum SessionTrigger
{
    /// <summary>The driver bound an order number to the session.</summary>
    OrderBound,

    /// <summary>The arrival policy verified that the driver is at the charger.</summary>
    ArrivalVerified,

    /// <summary>A notification channel accepted the merchant's arrival message.</summary>
    MerchantNotified,

    /// <summary>The merchant confirmed fulfilment and a billable total exists.</summary>
    MerchantConfirmed,

    /// <summary>The merchant confirmed fulfilment but no billable total exists.</summary>
    MerchantConfirmedUnbillable,

    /// <summary>The expiry rule found the session past its deadline.</summary>
    Expire,

    /// <summary>The driver canceled.</summary>
    Cancel,
}
