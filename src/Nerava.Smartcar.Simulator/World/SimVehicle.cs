namespace Nerava.Smartcar.Simulator.World;

/// <summary>
/// One simulated vehicle. Its state is a base state (at <c>_baseTime</c>) plus at most one active trip or charging session,
/// and <see cref="SnapshotAt"/> evaluates it at any simulated instant without a ticking loop. Every mutation first folds the
/// current trip/charge progress into the base state ("materialises" it), so the function stays piecewise and deterministic.
/// </summary>
public sealed class SimVehicle
{
    private readonly Lock _gate = new();
    private DateTimeOffset _baseTime;
    private GeoPoint _basePosition;
    private double _baseHeading;
    private double _baseSoc;
    private double _baseOdometerKm;
    private double _chargeLimitPercent;
    private bool _asleep;
    private TripState? _trip;
    private ChargingSession? _charging;
    private int _tripCount;

    // The last finished or interrupted trip, so "arrived" and "distance travelled" stay readable after the trip ends.
    private double _lastTripDistanceKm;
    private double _lastTripLengthKm;
    private bool _lastTripArrived;
    private GeoPoint? _lastDestination;

    public SimVehicle(string id, VehicleSpec spec, string vin, DateTimeOffset simNow)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Id = id;
        Make = spec.Make;
        Model = spec.Model;
        Year = spec.Year;
        Vin = vin;
        BatteryKwh = spec.BatteryKwh;
        ConsumptionKwhPerKm = spec.ConsumptionKwhPerKm;
        ClientId = spec.ClientId;
        _baseTime = simNow;
        _basePosition = spec.Position;
        _baseSoc = Math.Clamp(spec.SocPercent, 0, 100);
        _baseOdometerKm = 12_000 + (StableHash.Of(id) % 40_000);
        _chargeLimitPercent = Math.Clamp(spec.ChargeLimitPercent, 50, 100);
        _asleep = spec.Asleep;
    }

    public string Id { get; }

    public string Make { get; }

    public string Model { get; }

    public int Year { get; }

    public string Vin { get; }

    public double BatteryKwh { get; }

    public double ConsumptionKwhPerKm { get; }

    public string? ClientId { get; }

    public bool Asleep
    {
        get
        {
            lock (_gate)
            {
                return _asleep;
            }
        }
    }

    /// <summary>The active trip's route, or null when parked.</summary>
    public Route? CurrentRoute
    {
        get
        {
            lock (_gate)
            {
                return _trip?.Route;
            }
        }
    }

    public VehicleSnapshot SnapshotAt(DateTimeOffset simTime)
    {
        lock (_gate)
        {
            return Evaluate(simTime < _baseTime ? _baseTime : simTime);
        }
    }

    /// <summary>Starts driving from the current position to <paramref name="destination"/>; unplugs the vehicle first.</summary>
    public Route StartTrip(GeoPoint destination, RouteProfile profile, int? seed, DateTimeOffset simNow)
    {
        lock (_gate)
        {
            Materialize(simNow);
            _charging = null;
            _tripCount++;
            var route = Route.Create(_basePosition, destination, seed ?? StableHash.Of($"{Id}#{_tripCount}"), profile);
            _trip = new TripState(route, simNow, _baseSoc, _baseOdometerKm);
            return route;
        }
    }

    /// <summary>Plugs in (charging starts at once, up to the target) or unplugs. Plugging in ends a trip where the car is.</summary>
    public void SetPluggedIn(bool pluggedIn, double? targetPercent, ChargeCurve curve, DateTimeOffset simNow)
    {
        lock (_gate)
        {
            Materialize(simNow);
            EndTrip();
            _charging = pluggedIn ? new ChargingSession(simNow, _baseSoc, targetPercent, curve, Active: true) : null;
        }
    }

    /// <summary>Starts or stops charging while plugged in (v2 <c>POST /charge</c>). Returns false when not plugged in.</summary>
    public bool SetChargingActive(bool active, DateTimeOffset simNow)
    {
        lock (_gate)
        {
            if (_charging is null)
            {
                return false;
            }

            Materialize(simNow);
            _charging = _charging with { Start = simNow, StartSoc = _baseSoc, Active = active };
            return true;
        }
    }

    public void SetChargeLimit(double limitPercent, DateTimeOffset simNow)
    {
        lock (_gate)
        {
            Materialize(simNow);
            _chargeLimitPercent = Math.Clamp(limitPercent, 50, 100);
            if (_charging is not null)
            {
                _charging = _charging with { Start = simNow, StartSoc = _baseSoc };
            }
        }
    }

    public void SetAsleep(bool asleep)
    {
        lock (_gate)
        {
            _asleep = asleep;
        }
    }

    /// <summary>Teleports or re-fills the vehicle (admin). Ends any trip; keeps a charging session re-based on the new SoC.</summary>
    public void Override(GeoPoint? position, double? socPercent, DateTimeOffset simNow)
    {
        lock (_gate)
        {
            Materialize(simNow);
            if (position is { } p)
            {
                EndTrip();
                _basePosition = p;
            }

            if (socPercent is { } soc)
            {
                _baseSoc = Math.Clamp(soc, 0, 100);
            }

            if (_charging is not null)
            {
                _charging = _charging with { Start = simNow, StartSoc = _baseSoc };
            }
        }
    }

    private void Materialize(DateTimeOffset simNow)
    {
        var at = simNow < _baseTime ? _baseTime : simNow;
        var snapshot = Evaluate(at);
        _baseTime = at;
        _basePosition = snapshot.Position;
        _baseHeading = snapshot.HeadingDegrees;
        _baseSoc = snapshot.SocPercent;
        _baseOdometerKm = snapshot.OdometerKm;
        if (_trip is not null)
        {
            _lastTripDistanceKm = snapshot.TripDistanceKm;
            _lastTripLengthKm = snapshot.TripLengthKm;
            _lastTripArrived = snapshot.Arrived;
            _lastDestination = _trip.Route.Destination;

            // An unfinished trip keeps its own start; the base state only matters once the trip ends.
            if (snapshot.Arrived)
            {
                _trip = null;
            }
        }

        if (_charging is not null)
        {
            _charging = _charging with { Start = at, StartSoc = _baseSoc };
        }
    }

    private void EndTrip() => _trip = null;

    private VehicleSnapshot Evaluate(DateTimeOffset at)
    {
        var position = _basePosition;
        var heading = _baseHeading;
        var soc = _baseSoc;
        var odometer = _baseOdometerKm;
        var speed = 0.0;
        var onTrip = false;
        var arrived = _lastTripArrived;
        var tripDistance = _lastTripDistanceKm;
        var tripLength = _lastTripLengthKm;
        var destination = _lastDestination;
        DateTimeOffset? eta = null;
        var pluggedIn = false;
        var chargingState = ChargingState.NotCharging;
        var chargePower = 0.0;
        double? target = null;

        if (_trip is { } trip)
        {
            var route = trip.Route;
            var distance = route.DistanceAfter(at - trip.Start);
            position = route.PositionAt(distance);
            heading = route.HeadingAt(distance);
            arrived = distance >= route.LengthKm;
            speed = arrived ? 0 : route.SpeedAt(distance);
            soc = Math.Max(0, trip.StartSoc - (distance * ConsumptionKwhPerKm / BatteryKwh * 100));
            odometer = trip.StartOdometerKm + distance;
            onTrip = !arrived;
            tripDistance = distance;
            tripLength = route.LengthKm;
            destination = route.Destination;
            eta = trip.Start + route.Duration;
        }
        else if (_charging is { } charging)
        {
            pluggedIn = true;
            target = Math.Min(charging.TargetPercent ?? 100, _chargeLimitPercent);
            var elapsed = charging.Active ? at - charging.Start : TimeSpan.Zero;
            soc = Math.Max(charging.StartSoc, charging.Curve.SocAfter(charging.StartSoc, elapsed, target.Value));
            chargingState = soc >= target.Value - 1e-9
                ? ChargingState.FullyCharged
                : charging.Active ? ChargingState.Charging : ChargingState.NotCharging;
            chargePower = chargingState == ChargingState.Charging ? charging.Curve.PowerAt(soc) : 0;
        }

        var range = soc / 100 * BatteryKwh / ConsumptionKwhPerKm;
        return new VehicleSnapshot(
            Id, at, position, heading, speed, soc, range, odometer, pluggedIn, chargingState, chargePower, _chargeLimitPercent, target,
            _asleep, onTrip, arrived, tripDistance, tripLength, destination, eta);
    }

    private sealed record TripState(Route Route, DateTimeOffset Start, double StartSoc, double StartOdometerKm);

    private sealed record ChargingSession(DateTimeOffset Start, double StartSoc, double? TargetPercent, ChargeCurve Curve, bool Active);
}
