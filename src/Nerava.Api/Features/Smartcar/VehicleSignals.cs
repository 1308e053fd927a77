using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Vehicles;
using ChargeState = Nerava.Arrival.Policy.ChargeState;
using SmartcarChargeState = Nerava.Smartcar.Vehicles.ChargeState;

namespace Nerava.Api.Features.Smartcar;

/// <summary>Turns what Smartcar says (a polled snapshot or webhook signals) into the domain's Signal.</summary>
public static class VehicleSignals
{
    public static Signal FromSnapshot(VehicleSnapshot snapshot, SignalSource source, DateTimeOffset now)
    {
        var position = snapshot.Location is { } l
            ? new PositionFix(new GeoPoint(l.Latitude, l.Longitude), null, When(l.RecordedAt, snapshot.Meta.FetchedAt, now))
            : null;
        var charge = snapshot.Battery is { } b
            ? new ChargeReading(b.StateOfChargePercent, Map(snapshot.Charge?.State), snapshot.Charge?.IsPluggedIn,
                When(b.RecordedAt, snapshot.Meta.FetchedAt, now))
            { LimitPercent = snapshot.Charge?.LimitPercent }
            : null;
        return new Signal(source, now, position, charge);
    }

    /// <summary>
    /// When the car recorded the reading, on our clock. Smartcar's timestamps are used as they are; one "from the
    /// future" comes from another clock (a time-scaled simulator), so only its age (fetched − recorded) is kept.
    /// </summary>
    private static DateTimeOffset When(DateTimeOffset? recordedAt, DateTimeOffset? fetchedAt, DateTimeOffset now)
    {
        if (recordedAt is not { } recorded)
        {
            return now;
        }

        if (recorded <= now + TimeSpan.FromMinutes(1))
        {
            return recorded;
        }

        var age = (fetchedAt ?? recorded) - recorded;
        return now - (age < TimeSpan.Zero ? TimeSpan.Zero : age);
    }

    /// <summary>
    /// A webhook's signals as one Signal, marked stale when any value it uses is older than <paramref name="maxDataAge"/>
    /// by Smartcar's own stamps (see <see cref="DataFreshness"/>).
    /// </summary>
    public static Signal FromWebhook(IReadOnlyList<V3Signal> signals, DateTimeOffset now, TimeSpan maxDataAge)
    {
        V3Signal? Find(string code) => signals.FirstOrDefault(s => s.Code == code && s.HasValue);
        var location = Find(SignalCodes.PreciseLocation);
        var position = location?.GetNumber("latitude") is { } lat && location.GetNumber("longitude") is { } lng
            ? new PositionFix(new GeoPoint(lat, lng), null, When(location.RecordedAt, location.RetrievedAt, now))
            : null;
        var soc = Find(SignalCodes.StateOfCharge);
        var state = V3ChargeSignals.State(Find(SignalCodes.DetailedChargingStatus), Find(SignalCodes.IsCharging));
        var plugged = Find(SignalCodes.IsChargingCableConnected)?.GetBoolean("value");
        var charge = (soc?.GetNumber("value") ?? soc?.GetNumber("percentage")) is { } percent
            ? new ChargeReading(percent, Map(state), plugged, When(soc!.RecordedAt, soc.RetrievedAt, now))
            {
                LimitPercent = V3ChargeSignals.LimitPercent(Find(SignalCodes.ChargeLimits)),
            }
            : null;
        var used = new[] { location, soc, Find(SignalCodes.IsCharging), Find(SignalCodes.IsChargingCableConnected) }.OfType<V3Signal>();
        return new Signal(SignalSource.SmartcarWebhook, now, position, charge)
        {
            Stale = used.Any(s => DataFreshness.IsStale(s.RetrievedAt, s.OemUpdatedAt, now, maxDataAge)),
        };
    }

    private static ChargeState Map(SmartcarChargeState? state) => state switch
    {
        SmartcarChargeState.Charging => ChargeState.Charging,
        SmartcarChargeState.FullyCharged => ChargeState.FullyCharged,
        SmartcarChargeState.NotCharging => ChargeState.NotCharging,
        _ => ChargeState.Unknown,
    };
}
