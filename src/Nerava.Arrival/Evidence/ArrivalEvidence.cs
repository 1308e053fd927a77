using Nerava.Arrival.Policy;

namespace Nerava.Arrival.Evidence;

/// <summary>How a charger tied a plug-in to the session.</summary>
public enum ChargerProof
{
    /// <summary>StartTransaction carried the driver's own idTag (started from the app or the driver's card).</summary>
    IdTag,

    /// <summary>A plug-in without idTag, matched to the only expected session and corroborated by phone, car or the driver's tap.</summary>
    Corroborated,
}

/// <summary>The charger side of a charger signal: which stall (connector), how it was tied to the session, and the charger's own time.</summary>
public sealed record ChargerPlug(int Stall, ChargerProof Proof, DateTimeOffset ReportedAt);

/// <summary>One piece of arrival evidence: its source, how far from the charger, how old its data was, when it was seen.</summary>
public sealed record EvidenceItem(string Source, DateTimeOffset At, double? DistanceM, double? DataAgeSeconds, int? Stall = null, string? Detail = null);

/// <summary>
/// What an arrival rested on: the items, a confidence 1–3 (like Radar's), which source it is "verified by"
/// (<c>charger</c> › <c>car</c> › <c>phone</c>) and the stall when a charger saw it.
/// </summary>
public sealed record ArrivalEvidence(IReadOnlyList<EvidenceItem> Items, int Confidence, string VerifiedBy, int? Stall);

/// <summary>Wire names of evidence sources.</summary>
public static class EvidenceSources
{
    public const string Charger = "charger";
    public const string Car = "car";
    public const string Phone = "phone";

    public static string Of(SignalSource source) => source switch
    {
        SignalSource.Charger => Charger,
        SignalSource.Smartcar or SignalSource.SmartcarWebhook => Car,
        SignalSource.Manual or SignalSource.PhoneGeofence => Phone,
    };

    /// <summary>Strength order for "Verified by …": a plug-in cannot be faked from Dallas, a car's own GPS rarely, a phone can be.</summary>
    public static int Rank(string source) => source switch
    {
        Charger => 3,
        Car => 2,
        _ => 1,
    };
}
