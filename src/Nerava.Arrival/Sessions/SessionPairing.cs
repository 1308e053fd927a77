namespace Nerava.Arrival.Sessions;

/// <summary>
/// What a session may pair: a charger linked to its merchant, a fulfilment mode the merchant offers, and a driver's
/// estimate between 1 cent and the merchant's largest order. Checked on create and when an order is bound.
/// </summary>
public static class SessionPairing
{
    /// <summary>The smallest estimate worth stating; zero or less is no estimate at all.</summary>
    public const int MinEstimateCents = 1;

    /// <summary>Null when the pairing is allowed, else CHARGER_NOT_AT_MERCHANT or FULFILLMENT_NOT_OFFERED.</summary>
    /// <param name="chargerId">The charger named on create (null: none).</param>
    /// <param name="merchantChargerIds">The chargers linked to the merchant in the catalog.</param>
    /// <param name="fulfillmentType">The mode asked for.</param>
    /// <param name="offeredModes">The modes the merchant offers.</param>
    public static string? Check(string? chargerId, IReadOnlyCollection<string> merchantChargerIds, string fulfillmentType,
        IReadOnlyCollection<string> offeredModes)
    {
        ArgumentNullException.ThrowIfNull(merchantChargerIds);
        ArgumentNullException.ThrowIfNull(offeredModes);
        if (chargerId is not null && !merchantChargerIds.Contains(chargerId))
        {
            return SessionErrorCodes.ChargerNotAtMerchant;
        }

        return offeredModes.Contains(fulfillmentType) ? null : SessionErrorCodes.FulfillmentNotOffered;
    }

    /// <summary>The mode a create without one gets: walk-in when offered, else the merchant's first mode.</summary>
    public static string DefaultMode(IReadOnlyList<string> offeredModes)
    {
        ArgumentNullException.ThrowIfNull(offeredModes);
        return offeredModes.Contains(FulfillmentModes.WalkIn) || offeredModes.Count == 0 ? FulfillmentModes.WalkIn : offeredModes[0];
    }

    /// <summary>True when there is no estimate, or it is within 1 ≤ x ≤ <paramref name="maxOrderCents"/>.</summary>
    public static bool EstimateInRange(int? estimateCents, int maxOrderCents) =>
        estimateCents is not { } cents || (cents >= MinEstimateCents && cents <= maxOrderCents);
}
