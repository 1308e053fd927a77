using Nerava.Arrival.Geo;
using Nerava.Arrival.Sessions;
using Nerava.Smartcar.Simulator.World;
using ArrivalPoint = Nerava.Arrival.Geo.GeoPoint;
using CarChargeState = Nerava.Smartcar.Vehicles.ChargeState;

namespace Nerava.Bench.Tracking;

/// <summary>A stop while driving (traffic light, rest stop): the car stands still for <see cref="Seconds"/> once it has
/// driven for <see cref="DriveSeconds"/>.</summary>
internal readonly record struct Pause(double DriveSeconds, double Seconds);

/// <summary>
/// One benchmark trip and its ground truth. The car waits at the start until <see cref="Departure"/>, drives the simulator's
/// <see cref="Route"/> (a road-like polyline, city/highway speeds) with <see cref="Pauses"/>, parks a few metres from the charger
/// and, for Ready After Charge, plugs in after <see cref="PlugInDelay"/> and charges along <see cref="Curve"/>. Every state is a
/// pure function of time, so polls at any instant read the truth.
/// </summary>
internal sealed class Trip
{
    public const double FenceM = ArrivalRules.ArrivalRadiusMeters;

    /// <summary>An arrival decided while the car is further than this from the charger is false.</summary>
    public const double FalseArrivalM = FenceM + 50;

    private readonly double _routeSeconds;

    public Trip(int index, string mix, string chargerId, ArrivalPoint charger, Route route, IReadOnlyList<Pause> pauses,
        DateTimeOffset sessionStart, DateTimeOffset departure, double startSoc, double consumptionPctPerKm, int? targetSoc,
        ChargeCurve curve, TimeSpan plugInDelay)
    {
        Index = index;
        Mix = mix;
        ChargerId = chargerId;
        Charger = charger;
        Route = route;
        Pauses = pauses;
        SessionStart = sessionStart;
        Departure = departure;
        StartSoc = startSoc;
        ConsumptionPctPerKm = consumptionPctPerKm;
        TargetSoc = targetSoc;
        Curve = curve;
        PlugInDelay = plugInDelay;
        _routeSeconds = route.Duration.TotalSeconds;
        ParkedAt = departure + route.Duration + TimeSpan.FromSeconds(pauses.Sum(p => p.Seconds));
        GeofenceEntry = FindGeofenceEntry();
        ArrivalSoc = Math.Max(0, startSoc - (route.LengthKm * consumptionPctPerKm));
        if (targetSoc is { } target)
        {
            PlugInAt = ParkedAt + plugInDelay;
            TargetReachedAt = PlugInAt + curve.TimeToReach(ArrivalSoc, target);
        }

        var horizon = GeofenceEntry + TimeSpan.FromMinutes(31);
        Horizon = TargetReachedAt is { } reached && reached + TimeSpan.FromMinutes(90) > horizon ? reached + TimeSpan.FromMinutes(90) : horizon;
    }

    public int Index { get; }

    /// <summary>"city" or "highway".</summary>
    public string Mix { get; }

    public string ChargerId { get; }

    public ArrivalPoint Charger { get; }

    public Route Route { get; }

    public IReadOnlyList<Pause> Pauses { get; }

    /// <summary>The session is created (and tracking starts) here; the driver may leave a few minutes later.</summary>
    public DateTimeOffset SessionStart { get; }

    public DateTimeOffset Departure { get; }

    public double StartSoc { get; }

    public double ConsumptionPctPerKm { get; }

    /// <summary>Ready After Charge target; null = Ready on Arrival.</summary>
    public int? TargetSoc { get; }

    public bool AfterCharge => TargetSoc is not null;

    public ChargeCurve Curve { get; }

    public TimeSpan PlugInDelay { get; }

    public DateTimeOffset ParkedAt { get; }

    /// <summary>The first instant the true position is within the geofence radius of the charger.</summary>
    public DateTimeOffset GeofenceEntry { get; }

    public double ArrivalSoc { get; }

    public DateTimeOffset? PlugInAt { get; }

    /// <summary>True time the SoC reaches the target (Ready After Charge).</summary>
    public DateTimeOffset? TargetReachedAt { get; }

    /// <summary>Tracking is abandoned after this (a trip is missed when not arrived within 30 min of entry).</summary>
    public DateTimeOffset Horizon { get; }

    public double DistanceKmAt(DateTimeOffset t) => Route.DistanceAfter(TimeSpan.FromSeconds(DriveSecondsAt(t)));

    public ArrivalPoint PositionAt(DateTimeOffset t)
    {
        var p = Route.PositionAt(DistanceKmAt(t));
        return new ArrivalPoint(p.Latitude, p.Longitude);
    }

    public double DistanceToChargerM(DateTimeOffset t) => GeoMath.DistanceMeters(Charger, PositionAt(t));

    public double SocAt(DateTimeOffset t) =>
        PlugInAt is { } plug && t > plug
            ? Curve.SocAfter(ArrivalSoc, t - plug, 100)
            : Math.Max(0, StartSoc - (DistanceKmAt(t) * ConsumptionPctPerKm));

    public (CarChargeState State, bool PluggedIn) ChargeAt(DateTimeOffset t)
    {
        if (PlugInAt is not { } plug || t <= plug)
        {
            return (CarChargeState.NotCharging, false);
        }

        return (SocAt(t) >= 100 - 1e-9 ? CarChargeState.FullyCharged : CarChargeState.Charging, true);
    }

    private double DriveSecondsAt(DateTimeOffset t)
    {
        var elapsed = (t - Departure).TotalSeconds;
        if (elapsed <= 0)
        {
            return 0;
        }

        var paused = 0.0;
        foreach (var pause in Pauses)
        {
            var reached = pause.DriveSeconds + paused;
            if (elapsed < reached)
            {
                break;
            }

            if (elapsed < reached + pause.Seconds)
            {
                return Math.Min(pause.DriveSeconds, _routeSeconds);
            }

            paused += pause.Seconds;
        }

        return Math.Min(elapsed - paused, _routeSeconds);
    }

    // Scan at 1 s, then bisect the crossing to the millisecond.
    private DateTimeOffset FindGeofenceEntry()
    {
        var step = TimeSpan.FromSeconds(1);
        var t = Departure;
        while (t < ParkedAt && DistanceToChargerM(t) > FenceM)
        {
            t += step;
        }

        if (t >= ParkedAt)
        {
            return ParkedAt;
        }

        var low = t - step;
        var high = t;
        while (high - low > TimeSpan.FromMilliseconds(1))
        {
            var mid = low + ((high - low) / 2);
            if (DistanceToChargerM(mid) > FenceM)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return high;
    }
}
