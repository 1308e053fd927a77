namespace Nerava.Arrival.Evidence;

/// <summary>A session expected at the site when a cable was plugged in without an idTag.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="PhoneOrCarNear">A fresh phone or car position is near the charger (see <see cref="EvidenceRules.Agrees"/>).</param>
/// <param name="DriverClaimedStall">The driver tapped "That's me at stall N" with N = this stall.</param>
public sealed record ExpectedSession(Guid SessionId, bool PhoneOrCarNear, bool DriverClaimedStall);

/// <summary>What becomes of a plug-in without idTag.</summary>
/// <param name="ArrivalFor">The session it is arrival evidence for; null when it is only recorded and shown.</param>
/// <param name="OfferedTo">Sessions it is offered to ("That's me at stall N").</param>
public sealed record PlugInVerdict(Guid? ArrivalFor, IReadOnlyList<Guid> OfferedTo);

/// <summary>
/// A <c>Preparing</c>/<c>Charging</c> status without a transaction of ours says only "something is plugged in at this
/// stall". It becomes arrival evidence when exactly one session is expected at the site in the window and that session
/// is corroborated (phone or car near, or the driver's tap). Otherwise it is offered to the expected sessions and
/// recorded, never fired: with two drivers expected, a plug-in cannot say whose car it is.
/// </summary>
public static class PlugInMatcher
{
    public static PlugInVerdict Decide(IReadOnlyList<ExpectedSession> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var offered = expected.Select(e => e.SessionId).ToList();
        if (expected.Count == 1 && (expected[0].PhoneOrCarNear || expected[0].DriverClaimedStall))
        {
            return new PlugInVerdict(expected[0].SessionId, offered);
        }

        // Several expected (or none corroborated): a plug-in cannot say whose car it is, and one driver's tap may be
        // another driver's car.
        return new PlugInVerdict(null, offered);
    }
}
