using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;

namespace Nerava.Arrival.Evidence;

/// <summary>
/// Contradictory evidence for a phone check-in, which then does not fire: the session is flagged and the driver is
/// asked to confirm at the charger (a plug-in or app start there is charger evidence and settles it).
/// </summary>
public static class Contradictions
{
    /// <param name="destination">The session's charger.</param>
    /// <param name="checkIn">The phone's fix.</param>
    /// <param name="mockedHint">The browser said the location may be mocked.</param>
    /// <param name="carFix">The car's last telematics fix, if any.</param>
    /// <param name="previousDriverFix">The driver's previous known position (where the session was created, or an earlier check-in).</param>
    /// <param name="now">When the check-in was received.</param>
    /// <param name="options">Thresholds.</param>
    public static IReadOnlyList<string> ForCheckIn(GeoPoint destination, PositionFix checkIn, bool mockedHint, PositionFix? carFix,
        PositionFix? previousDriverFix, DateTimeOffset now, EvidenceOptions options)
    {
        var flags = new List<string>();
        if (mockedHint)
        {
            flags.Add(ArrivalFlags.MockedLocation);
        }

        if (carFix is not null && now - carFix.At <= options.FreshCarFix && carFix.At <= now + TimeSpan.FromMinutes(1)
            && GeoMath.DistanceMeters(destination, carFix.Point) > options.CarContradictionM)
        {
            flags.Add(ArrivalFlags.CarFarAway);
        }

        if (previousDriverFix is not null && IsImpossibleJump(previousDriverFix, checkIn with { At = now }, options))
        {
            flags.Add(ArrivalFlags.ImpossibleJump);
        }

        return flags;
    }

    /// <summary>The check-in's own contradictions plus the session's sticky flags from earlier check-ins.</summary>
    public static IReadOnlyList<string> WithSticky(IReadOnlyList<string> found, IReadOnlyList<string> existing) =>
        [.. found, .. existing.Where(ArrivalFlags.Sticky).Where(f => !found.Contains(f))];

    /// <summary>True when going from <paramref name="from"/> to <paramref name="to"/> needs more than the maximum road speed.</summary>
    public static bool IsImpossibleJump(PositionFix from, PositionFix to, EvidenceOptions options)
    {
        var metres = GeoMath.DistanceMeters(from.Point, to.Point);
        if (metres < options.MinJumpM)
        {
            return false;
        }

        var seconds = (to.At - from.At).TotalSeconds;
        return seconds <= 0 || metres / seconds > options.MaxDriverSpeedMps;
    }
}
