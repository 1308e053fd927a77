using Nerava.Arrival.Geo;
using Nerava.Arrival.Sessions;
using Nerava.Smartcar.Simulator.World;
using ArrivalPoint = Nerava.Arrival.Geo.GeoPoint;
using CarChargeState = Nerava.Smartcar.Vehicles.ChargeState;

namespace Nerava.Bench.Tracking;

/// <summary>A stop while driving (traffic light, rest stop): the car stands still for <see cref="Seconds"/> once it has
/// driven for <see cref="DriveSeconds"/>.</summary>
internal readonly record struct Pause(double DriveSeconds, double Seconds);

/// <summary>How Smartcar's data for this trip misbehaves (see <see cref="SmartcarWorld"/>).</summary>
internal sealed record TripQuirks
{
    /// <summary>Share of readings whose SC-Data-Age is stale (10 s – <see cref="MaxStaleAge"/>) instead of 0–10 s.</summary>
    public double StaleShare { get; init; }

    public TimeSpan MaxStaleAge { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Chance that a fix is a multipath outlier, displaced up to <see cref="OutlierMaxM"/>.</summary>
    public double OutlierShare { get; init; }

    public double OutlierMaxM { get; init; } = 1000;

    /// <summary>The car is asleep until this time (it left home later); null: awake from the start.</summary>
    public DateTimeOffset? AsleepUntil { get; init; }

    /// <summary>When the asleep car was last awake (its cached data is from then).</summary>
    public DateTimeOffset? LastAwakeBeforeStart { get; init; }

    /// <summary>The parked car falls asleep this long after parking (Ready on Arrival cars that do not charge).</summary>
    public TimeSpan? SleepsAfterParking { get; init; }

    /// <summary>Webhook pushes (VEHICLE_STATE): when the car reported, and when the delivery reached us.</summary>
    public IReadOnlyList<(DateTimeOffset RecordedAt, DateTimeOffset DeliveredAt)> Webhooks { get; init; } = [];
}

/// <summary>
/// One benchmark trip and its ground truth. The car waits at the start until <see cref="Departure"/>, drives its legs (the
/// simulator's road-like <see cref="Route"/>s, back to back, with <see cref="Pauses"/>) and parks at the last leg's end; for Ready
/// After Charge it plugs in after <see cref="PlugInDelay"/> and charges along <see cref="Curve"/> up to its own charge limit.
/// Every state is a pure function of time, so a reading at any instant is the truth. <see cref="ArrivesAt"/> is when the car
/// first is inside the fence of the charger it parks at; null when it never parks there (drive-by, neighbouring lot).
/// </summary>
internal sealed class Trip
{
    public const double FenceM = ArrivalRules.ArrivalRadiusMeters;

    /// <summary>An arrival decided on a fix taken while the car was further than this from the charger is false.</summary>
    public const double FalseArrivalM = FenceM + 50;

    private readonly double[] _legStarts;

    public Trip(int index, string category, string chargerId, ArrivalPoint charger, IReadOnlyList<Route> legs, IReadOnlyList<Pause> pauses,
        DateTimeOffset sessionStart, DateTimeOffset departure, double startSoc, double consumptionPctPerKm, int? targetSoc,
        ChargeCurve curve, TimeSpan plugInDelay, double chargeLimit, TripQuirks quirks, ArrivalPoint? parkedWithoutLegs = null)
    {
        Index = index;
        Category = category;
        ChargerId = chargerId;
        Charger = charger;
        Legs = legs;
        Pauses = pauses;
        SessionStart = sessionStart;
        Departure = departure;
        StartSoc = startSoc;
        ConsumptionPctPerKm = consumptionPctPerKm;
        TargetSoc = targetSoc;
        Curve = curve;
        PlugInDelay = plugInDelay;
        ChargeLimit = chargeLimit;
        Quirks = quirks;
        StaticPosition = parkedWithoutLegs;
        _legStarts = new double[legs.Count + 1];
        for (var i = 0; i < legs.Count; i++)
        {
            _legStarts[i + 1] = _legStarts[i] + legs[i].Duration.TotalSeconds;
        }

        LengthKm = legs.Sum(l => l.LengthKm);
        ParkedAt = legs.Count == 0 ? sessionStart : departure + TimeSpan.FromSeconds(_legStarts[^1] + pauses.Sum(p => p.Seconds));
        ArrivalSoc = Math.Max(0, startSoc - (LengthKm * consumptionPctPerKm));
        var parkedM = GeoMath.DistanceMeters(charger, PositionAt(ParkedAt));
        ArrivesAt = parkedM > FenceM ? null : legs.Count == 0 ? sessionStart : FindFenceEntry();
        if (targetSoc is { } target && ArrivesAt is not null)
        {
            PlugInAt = ParkedAt + plugInDelay;
            // The kitchen's trigger: the target, or the car's own limit when that is lower (it then reports fully charged).
            ChargeEventAt = PlugInAt + curve.TimeToReach(ArrivalSoc, Math.Min(target, chargeLimit));
        }

        var end = ArrivesAt is { } entry ? entry + TimeSpan.FromMinutes(31) : ParkedAt + TimeSpan.FromMinutes(30);
        Horizon = ChargeEventAt is { } reached && reached + TimeSpan.FromMinutes(90) > end ? reached + TimeSpan.FromMinutes(90) : end;
    }

    public int Index { get; }

    public string Category { get; }

    public string ChargerId { get; }

    public ArrivalPoint Charger { get; }

    public IReadOnlyList<Route> Legs { get; }

    public IReadOnlyList<Pause> Pauses { get; }

    public double LengthKm { get; }

    /// <summary>The session is created (and tracking starts) here; the driver may leave later.</summary>
    public DateTimeOffset SessionStart { get; }

    public DateTimeOffset Departure { get; }

    public double StartSoc { get; }

    public double ConsumptionPctPerKm { get; }

    /// <summary>Ready After Charge target; null = Ready on Arrival.</summary>
    public int? TargetSoc { get; }

    public bool AfterCharge => TargetSoc is not null;

    public ChargeCurve Curve { get; }

    public TimeSpan PlugInDelay { get; }

    /// <summary>The car's own charge limit (percent); charging stops there and the car reports fully charged.</summary>
    public double ChargeLimit { get; }

    public TripQuirks Quirks { get; }

    /// <summary>Where a car without legs stands the whole time (already at the charger).</summary>
    public ArrivalPoint? StaticPosition { get; }

    public DateTimeOffset ParkedAt { get; }

    /// <summary>The first instant the car is inside the fence of the charger it parks at; null when it never parks there.</summary>
    public DateTimeOffset? ArrivesAt { get; }

    public double ArrivalSoc { get; }

    public DateTimeOffset? PlugInAt { get; }

    /// <summary>True time the SoC reaches the target (or the car's lower limit): when a Ready After Charge kitchen should fire.</summary>
    public DateTimeOffset? ChargeEventAt { get; }

    /// <summary>Tracking is abandoned after this (a trip is missed when not arrived within 30 min of entry).</summary>
    public DateTimeOffset Horizon { get; }

    public ArrivalPoint PositionAt(DateTimeOffset t)
    {
        if (Legs.Count == 0)
        {
            return StaticPosition!.Value;
        }

        var driven = DriveSecondsAt(t);
        var leg = Array.FindLastIndex(_legStarts, s => s <= driven);
        leg = Math.Clamp(leg, 0, Legs.Count - 1);
        var route = Legs[leg];
        var p = route.PositionAt(route.DistanceAfter(TimeSpan.FromSeconds(driven - _legStarts[leg])));
        return new ArrivalPoint(p.Latitude, p.Longitude);
    }

    public double DistanceToChargerM(DateTimeOffset t) => GeoMath.DistanceMeters(Charger, PositionAt(t));

    public double KmDrivenAt(DateTimeOffset t)
    {
        var driven = DriveSecondsAt(t);
        var km = 0.0;
        for (var i = 0; i < Legs.Count; i++)
        {
            km += Legs[i].DistanceAfter(TimeSpan.FromSeconds(Math.Clamp(driven - _legStarts[i], 0, Legs[i].Duration.TotalSeconds)));
        }

        return km;
    }

    public double SocAt(DateTimeOffset t) =>
        PlugInAt is { } plug && t > plug
            ? Curve.SocAfter(ArrivalSoc, t - plug, ChargeLimit)
            : Math.Max(0, StartSoc - (KmDrivenAt(t) * ConsumptionPctPerKm));

    public (CarChargeState State, bool PluggedIn) ChargeAt(DateTimeOffset t)
    {
        if (PlugInAt is not { } plug || t <= plug)
        {
            return (CarChargeState.NotCharging, false);
        }

        return (SocAt(t) >= ChargeLimit - 1e-6 ? CarChargeState.FullyCharged : CarChargeState.Charging, true);
    }

    /// <summary>Whether Smartcar finds the car asleep at <paramref name="t"/>, and when it was last awake.</summary>
    public DateTimeOffset? AsleepSince(DateTimeOffset t)
    {
        if (Quirks.AsleepUntil is { } until && t < until)
        {
            return Quirks.LastAwakeBeforeStart ?? SessionStart;
        }

        return Quirks.SleepsAfterParking is { } after && PlugInAt is null && t >= ParkedAt + after ? ParkedAt + after : null;
    }

    private double DriveSecondsAt(DateTimeOffset t)
    {
        var total = _legStarts[^1];
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
                return Math.Min(pause.DriveSeconds, total);
            }

            paused += pause.Seconds;
        }

        return Math.Min(elapsed - paused, total);
    }

    // Scan at 1 s, then bisect the crossing to the millisecond.
    private DateTimeOffset FindFenceEntry()
    {
        var step = TimeSpan.FromSeconds(1);
        var t = Departure;
        while (t < ParkedAt && DistanceToChargerM(t) > FenceM)
        {
            // Far away the car cannot reach the fence within a minute: skip ahead (no car here drives 150 km/h).
            t += DistanceToChargerM(t) > 5_000 ? TimeSpan.FromSeconds(60) : step;
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
