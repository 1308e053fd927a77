using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.TestSupport;

/// <summary>Real coordinates and builders shared by the tests.</summary>
internal static class Places
{
    /// <summary>A charger in downtown San Antonio.</summary>
    public static readonly GeoPoint SanAntonioCharger = new(29.4241, -98.4936);

    /// <summary>Downtown Dallas, about 400 km by road from San Antonio.</summary>
    public static readonly GeoPoint Dallas = new(32.7767, -96.7970);

    public static readonly DateTimeOffset T0 = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A point <paramref name="meters"/> from the charger, due north unless told otherwise.</summary>
    public static GeoPoint FromCharger(double meters, double bearing = 0) =>
        GeoMath.Destination(SanAntonioCharger, bearing, meters);

    public static SessionSnapshot Session(
        SessionStatus status = SessionStatus.AwaitingArrival,
        FireTrigger trigger = FireTrigger.OnArrival,
        int? targetSoc = null,
        bool kitchenFired = false,
        bool headsUpSent = false,
        TrackingMemory? memory = null) =>
        new(status, SanAntonioCharger, trigger, targetSoc, TimeSpan.FromMinutes(5), kitchenFired, headsUpSent, memory ?? TrackingMemory.Empty);

    public static Signal CarFix(double metersFromCharger, DateTimeOffset at, double bearing = 0, SignalSource source = SignalSource.Smartcar) =>
        new(source, at, new PositionFix(FromCharger(metersFromCharger, bearing), null, at));

    public static Signal CheckIn(double metersFromCharger, double? accuracyM, DateTimeOffset at, SignalSource source = SignalSource.Manual) =>
        new(source, at, new PositionFix(FromCharger(metersFromCharger), accuracyM, at));

    public static Signal Battery(double soc, ChargeState state, DateTimeOffset at) =>
        new(SignalSource.Smartcar, at, Charge: new ChargeReading(soc, state, true, at));
}
