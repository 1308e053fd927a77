using Nerava.Arrival.Geo;
using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Policy;

/// <summary>What the policy needs to know about a session; the caller loads it, the policy never does I/O.</summary>
/// <param name="Status">Current status.</param>
/// <param name="Destination">The session's charger position (the merchant's when the session has no charger).</param>
/// <param name="Trigger">Ready on Arrival or Ready After Charge.</param>
/// <param name="TargetSocPercent">Target SoC for <see cref="FireTrigger.AfterCharge"/>; null = fire on charge complete only.</param>
/// <param name="MerchantPrepTime">How long the kitchen needs; heads-ups go out this far ahead (zero or less = options' default).</param>
/// <param name="KitchenFired">The kitchen was already fired.</param>
/// <param name="HeadsUpSent">The ETA heads-up was already sent.</param>
/// <param name="Memory">What the policy remembered from earlier signals.</param>
public sealed record SessionSnapshot(
    SessionStatus Status,
    GeoPoint Destination,
    FireTrigger Trigger,
    int? TargetSocPercent,
    TimeSpan MerchantPrepTime,
    bool KitchenFired,
    bool HeadsUpSent,
    TrackingMemory Memory)
{
    /// <summary>The session's charger id, if bound; a charger signal from another charger is rejected.</summary>
    public string? ChargerId { get; init; }

    /// <summary>The merchant's own location: where the existing system's trigger-arrival is verified (see <see cref="CheckInTarget.AtMerchant"/>).</summary>
    public GeoPoint? MerchantLocation { get; init; }

    /// <summary>The chargers linked to the session's merchant, for the check-in target rule (see <see cref="CheckInTarget"/>).</summary>
    public IReadOnlyList<LinkedCharger> LinkedChargers { get; init; } = [];

    /// <summary>The phone's last fix before this signal (an earlier check-in), for the impossible-jump rule and as corroboration.</summary>
    public PositionFix? LastPhoneFix { get; init; }

    /// <summary>Contradiction flags already on the session; spoofing ones (<see cref="Evidence.ArrivalFlags.Sticky"/>) keep phone check-ins flagged.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
