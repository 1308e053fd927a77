using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;

namespace Nerava.Arrival.Evidence;

/// <summary>
/// Builds the evidence record of an arrival. Confidence: the arriving source's base (charger with the driver's idTag 3,
/// corroborated plug-in 2, car telematics 2, phone 1) plus one for each other independent source that agrees (a fresh
/// position inside the corroboration radius), capped at 3.
/// </summary>
public static class EvidenceRules
{
    public static ArrivalEvidence ForArrival(GeoPoint destination, Signal signal, double? distanceM, PositionFix? carFix,
        PositionFix? phoneFix, ChargerPlug? plug, EvidenceOptions options)
    {
        var now = signal.ReceivedAt;
        var source = EvidenceSources.Of(signal.Source);
        var items = new List<EvidenceItem>
        {
            new(source, now, Round(distanceM), DataAge(signal, plug, now), plug?.Stall, plug?.Proof switch
            {
                ChargerProof.IdTag => "id_tag",
                ChargerProof.Corroborated => "plug_in_corroborated",
                null => null,
            }),
        };

        var confidence = source switch
        {
            EvidenceSources.Charger => plug?.Proof == ChargerProof.Corroborated ? 2 : 3,
            EvidenceSources.Car => 2,
            _ => 1,
        };

        foreach (var (other, fix) in new[] { (EvidenceSources.Car, carFix), (EvidenceSources.Phone, phoneFix) })
        {
            if (other == source || fix is null || !Agrees(destination, fix, now, options))
            {
                continue;
            }

            items.Add(new EvidenceItem(other, fix.At, Round(GeoMath.DistanceMeters(destination, fix.Point)), (now - fix.At).TotalSeconds));
            confidence++;
        }

        return new ArrivalEvidence(items, Math.Min(3, confidence), source, plug?.Stall);
    }

    /// <summary>
    /// Evidence that came after the arrival (a plug-in after the car arrived) joins the record: the stronger source
    /// names it ("Verified by charger"), and a second independent source raises the confidence by one (capped at 3).
    /// </summary>
    public static ArrivalEvidence Merge(ArrivalEvidence? existing, ArrivalEvidence added)
    {
        ArgumentNullException.ThrowIfNull(added);
        if (existing is null)
        {
            return added;
        }

        var stronger = EvidenceSources.Rank(added.VerifiedBy) > EvidenceSources.Rank(existing.VerifiedBy) ? added : existing;
        var independent = existing.Items.All(i => i.Source != added.VerifiedBy);
        var confidence = Math.Min(3, Math.Max(existing.Confidence, added.Confidence) + (independent ? 1 : 0));
        return new ArrivalEvidence([.. existing.Items, .. added.Items], confidence, stronger.VerifiedBy, stronger.Stall ?? existing.Stall);
    }

    /// <summary>A fresh position inside the corroboration radius.</summary>
    public static bool Agrees(GeoPoint destination, PositionFix fix, DateTimeOffset now, EvidenceOptions options) =>
        now - fix.At <= options.CorroborationAge && fix.At <= now + TimeSpan.FromMinutes(1)
        && GeoMath.DistanceMeters(destination, fix.Point) <= options.CorroborationRadiusM;

    private static double? DataAge(Signal signal, ChargerPlug? plug, DateTimeOffset now) =>
        plug is not null ? Math.Max(0, (now - plug.ReportedAt).TotalSeconds)
        : signal.Position is { } fix ? Math.Max(0, (now - fix.At).TotalSeconds)
        : null;

    private static double? Round(double? metres) => metres is { } m ? Math.Round(m, 1) : null;
}
