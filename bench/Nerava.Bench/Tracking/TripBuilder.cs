using Nerava.Arrival.Geo;
using Nerava.Smartcar.Simulator.World;
using static Nerava.Bench.Tracking.TripGenerator;
using ArrivalPoint = Nerava.Arrival.Geo.GeoPoint;

namespace Nerava.Bench.Tracking;

/// <summary>Builds one trip of a category step by step (see <see cref="TripGenerator"/>).</summary>
internal sealed class TripBuilder(string category, int index, Random rng, DateTimeOffset sessionStart, ChargerSite charger)
{
    private readonly List<Route> _legs = [];
    private DateTimeOffset _departure = sessionStart + TimeSpan.FromMinutes(Uniform(rng, 0, 10));
    private TripQuirks _quirks = new();
    private ArrivalPoint? _static;
    private int? _target;
    private double _limit = 100;
    private double _maxPowerKw = Uniform(rng, 60, 220);
    private bool _quietNearCharger;

    /// <summary>A road of about <paramref name="roadKm"/> from a random start to a spot <paramref name="parkAtM"/> from the charger.</summary>
    public TripBuilder Drive(double roadKm, RouteProfile profile, double? parkAtM = null)
    {
        // Route.Create meanders to 1.22–1.33 × the straight line; aim the straight line so the road has about roadKm.
        var start = GeoMath.Destination(charger.Position, rng.NextDouble() * 360, roadKm / 1.275 * 1000);
        var parking = GeoMath.Destination(charger.Position, rng.NextDouble() * 360, parkAtM ?? Uniform(rng, 10, 60));
        _legs.Add(Route.Create(ToSim(start), ToSim(parking), rng.Next(), profile));
        return this;
    }

    /// <summary>Half urban (5–30 km), half highway (30–150 km at 100–130 km/h).</summary>
    public TripBuilder Mixed() => rng.NextDouble() < 0.5 ? Drive(Uniform(rng, 5, 30), UrbanProfile(rng)) : Drive(Uniform(rng, 30, 150), HighwayProfile(rng, 100, 130));

    /// <summary>Drives past the charger 40–150 m away without stopping, on to a place 2–8 km beyond.</summary>
    public TripBuilder DriveBy()
    {
        var profile = UrbanProfile(rng);
        var bearing = rng.NextDouble() * 360;
        var roadKm = Uniform(rng, 5, 25);
        var start = GeoMath.Destination(charger.Position, bearing, roadKm / 1.275 * 1000);
        var pass = GeoMath.Destination(charger.Position, bearing + 90, Uniform(rng, 40, 150));
        var end = GeoMath.Destination(pass, bearing + 180 + Uniform(rng, -30, 30), Uniform(rng, 2000, 8000));
        _legs.Add(Route.Create(ToSim(start), ToSim(pass), rng.Next(), profile with { ArrivalCityKm = 3 }));
        _legs.Add(Route.Create(ToSim(pass), ToSim(end), rng.Next(), profile with { DepartureCityKm = 3 }));
        _quietNearCharger = true;
        return this;
    }

    /// <summary>Parked 10–60 m from the charger when the session starts.</summary>
    public TripBuilder AlreadyThere()
    {
        _static = GeoMath.Destination(charger.Position, rng.NextDouble() * 360, Uniform(rng, 10, 60));
        _departure = sessionStart;
        return this;
    }

    /// <summary>Asleep at home until it leaves 5–40 min after the session started; 30 % also fall asleep 3–10 min after parking.</summary>
    public TripBuilder AsleepAtStart()
    {
        _departure = sessionStart + TimeSpan.FromMinutes(Uniform(rng, 5, 40));
        _quirks = _quirks with
        {
            AsleepUntil = _departure,
            LastAwakeBeforeStart = sessionStart - TimeSpan.FromMinutes(Uniform(rng, 10, 180)),
            SleepsAfterParking = rng.NextDouble() < 0.3 ? TimeSpan.FromMinutes(Uniform(rng, 3, 10)) : null,
        };
        return this;
    }

    /// <summary>Half the readings 10 s – 10 min old; VEHICLE_STATE webhooks every 5–15 min, delivered up to 1 h late.</summary>
    public TripBuilder StaleWithLateWebhooks()
    {
        _quirks = _quirks with { StaleShare = 0.5 };
        var webhooks = new List<(DateTimeOffset, DateTimeOffset)>();
        var end = _departure + TimeSpan.FromSeconds(_legs.Sum(l => l.Duration.TotalSeconds)) + TimeSpan.FromHours(3);
        for (var t = sessionStart + TimeSpan.FromMinutes(Uniform(rng, 0, 15)); t < end; t += TimeSpan.FromMinutes(Uniform(rng, 5, 15)))
        {
            webhooks.Add((t, t + TimeSpan.FromMinutes(Uniform(rng, 0, 60))));
        }

        _quirks = _quirks with { Webhooks = webhooks };
        return this;
    }

    /// <summary>Ready After Charge to <paramref name="target"/> %, on a slow charger (AC 7–11 kW or DC 25–50 kW) or a fast one.</summary>
    public TripBuilder Charging(int target, bool slow, double limit)
    {
        _target = target;
        _limit = limit;
        _maxPowerKw = !slow ? Uniform(rng, 60, 220) : rng.NextDouble() < 0.5 ? Uniform(rng, 7, 11) : Uniform(rng, 25, 50);
        return this;
    }

    public TripBuilder With(TripQuirks quirks)
    {
        _quirks = quirks with { AsleepUntil = _quirks.AsleepUntil ?? quirks.AsleepUntil };
        return this;
    }

    public Trip Build()
    {
        var batteryKwh = Uniform(rng, 55, 100);
        var consumption = Uniform(rng, 0.15, 0.22) / batteryKwh * 100; // % per km
        var roadKm = _legs.Sum(l => l.LengthKm);
        var arrivalSoc = _target is not null ? Uniform(rng, 10, 50) : Uniform(rng, 15, 60);
        var startSoc = Math.Min(100, arrivalSoc + (roadKm * consumption));
        var curve = new ChargeCurve(MaxPowerKw: _maxPowerKw, BatteryKwh: batteryKwh);
        var pauses = Pauses();
        return new Trip(index, category, charger.Id, charger.Position, _legs, pauses, sessionStart, _departure, startSoc, consumption, _target,
            curve, TimeSpan.FromMinutes(Uniform(rng, 1, 4)), _limit, _quirks, _static);
    }

    // Traffic lights on city sections (a candidate every 40–120 s of driving, 35 % red for 15–75 s); long highway legs
    // sometimes take a 5–15 min rest stop past 40 %. A drive-by never stops near the charger.
    private List<Pause> Pauses()
    {
        var pauses = new List<Pause>();
        var legStart = 0.0;
        foreach (var route in _legs)
        {
            var total = route.Duration.TotalSeconds;
            var restDone = !(route.LengthKm > 80 && rng.NextDouble() < 0.15);
            for (var tau = Uniform(rng, 40, 120); tau < total - 5; tau += Uniform(rng, 40, 120))
            {
                var km = route.DistanceAfter(TimeSpan.FromSeconds(tau));
                var here = route.PositionAt(km);
                var nearCharger = GeoMath.DistanceMeters(charger.Position, new ArrivalPoint(here.Latitude, here.Longitude)) < 400;
                if (route.ClassifyAt(km) == RoadClass.City && km < route.LengthKm - 0.03 && !(nearCharger && _quietNearCharger) && rng.NextDouble() < 0.35)
                {
                    pauses.Add(new Pause(legStart + tau, Uniform(rng, 15, 75)));
                }
                else if (!restDone && route.ClassifyAt(km) == RoadClass.Highway && km > route.LengthKm * 0.4)
                {
                    pauses.Add(new Pause(legStart + tau, Uniform(rng, 300, 900)));
                    restDone = true;
                }
            }

            legStart += total;
        }

        return pauses;
    }
}
