using Nerava.Arrival.Geo;

namespace Nerava.Arrival.Policy;

/// <summary>Where a check-in is verified; <see cref="ChangesCharger"/> when arriving there moves the session to that charger.</summary>
public sealed record CheckInSite(GeoPoint Point, string? ChargerId, bool ChangesCharger)
{
    /// <summary>The geofence radius there; null = the policy's charger radius.</summary>
    public double? RadiusM { get; init; }
}

/// <summary>
/// The check-in target rule. A manual or phone-geofence check-in is verified at the session's own site, never at
/// whatever charger the client names:
/// <list type="number">
/// <item>The session has a charger: a check-in naming it (or none) is verified against it. One naming another charger
/// is accepted only when that charger is linked to the session's merchant (a neighbouring stall bank); it is then
/// verified against that charger and the session's charger changes to it. Any other charger: null (WRONG_CHARGER).</item>
/// <item>The session has no charger: the named charger when it is linked to the merchant (the session takes it), else
/// the merchant's own location.</item>
/// </list>
/// Smartcar and charger signals never come here: they are always measured against the session's charger.
/// The existing system's trigger-arrival is the one exception to the charger: see <see cref="AtMerchant"/>.
/// </summary>
public static class CheckInTarget
{
    public static CheckInSite? Resolve(SessionSnapshot session, string? namedChargerId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var linked = namedChargerId is null ? null : session.LinkedChargers.FirstOrDefault(c => c.Id == namedChargerId);
        if (session.ChargerId is { } own)
        {
            if (namedChargerId is null || namedChargerId == own)
            {
                return new CheckInSite(session.Destination, own, false);
            }

            return linked is null ? null : new CheckInSite(linked.Point, linked.Id, true);
        }

        return linked is null ? new CheckInSite(session.Destination, null, false) : new CheckInSite(linked.Point, linked.Id, true);
    }

    /// <summary>
    /// trigger-arrival: verified within <see cref="Sessions.ArrivalRules.MerchantTriggerRadiusMeters"/> of the merchant itself,
    /// whatever charger the client names (none is taken); the session keeps its own charger. Null without the merchant's location.
    /// </summary>
    public static CheckInSite? AtMerchant(SessionSnapshot session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.MerchantLocation is { } door
            ? new CheckInSite(door, session.ChargerId, false) { RadiusM = Sessions.ArrivalRules.MerchantTriggerRadiusMeters }
            : null;
    }
}
