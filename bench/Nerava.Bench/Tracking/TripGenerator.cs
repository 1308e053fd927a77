using System.Text.Json;
using Nerava.Arrival.Geo;
using Nerava.Smartcar.Simulator.World;
using ArrivalPoint = Nerava.Arrival.Geo.GeoPoint;
using SimPoint = Nerava.Smartcar.Simulator.World.GeoPoint;

namespace Nerava.Bench.Tracking;

internal sealed record ChargerSite(string Id, ArrivalPoint Position);

/// <summary>
/// Seeded, reproducible trips. Half "city" (5–30 km of road, 50–80 km/h arterials, 25–40 km/h streets, traffic lights),
/// half "highway" (30–150 km, 95–120 km/h, 30–50 km/h city ends, some with a 5–15 min rest stop). Destinations are the demo
/// catalog's chargers; the car parks 10–60 m from the charger's coordinate. ~30 % are Ready After Charge (target 70–90 %).
/// </summary>
internal static class TripGenerator
{
    public static IReadOnlyList<ChargerSite> LoadChargers()
    {
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "demo-catalog.json"),
            Path.Combine(RepoPaths.Root(), "src", "Nerava.Api", "Data", "Seed", "demo-catalog.json"),
        ];
        var path = candidates.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException("demo-catalog.json not found");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.GetProperty("chargers").EnumerateArray().Select(c => new ChargerSite(
            c.GetProperty("id").GetString()!,
            new ArrivalPoint(c.GetProperty("lat").GetDouble(), c.GetProperty("lng").GetDouble())))];
    }

    public static List<Trip> Generate(int count, int seed, DateTimeOffset t0, TimeSpan startSpread, IReadOnlyList<ChargerSite> chargers)
    {
        var rng = new Random(seed);
        var trips = new List<Trip>(count);
        for (var i = 0; i < count; i++)
        {
            trips.Add(One(i, rng, t0 + (startSpread * rng.NextDouble()), chargers));
        }

        return trips;
    }

    private static Trip One(int index, Random rng, DateTimeOffset sessionStart, IReadOnlyList<ChargerSite> chargers)
    {
        var charger = chargers[rng.Next(chargers.Count)];
        var city = rng.NextDouble() < 0.5;
        var lengthKm = city ? Uniform(rng, 5, 30) : Uniform(rng, 30, 150);
        var profile = city
            ? new RouteProfile(Uniform(rng, 50, 80), Uniform(rng, 25, 40), Uniform(rng, 1, 4), Uniform(rng, 1, 3))
            : new RouteProfile(Uniform(rng, 95, 120), Uniform(rng, 30, 50), Uniform(rng, 2, 6), Uniform(rng, 1, 3));

        // Route.Create meanders to 1.22–1.33 × the straight line; aim the straight line so the road has about lengthKm.
        var straightM = lengthKm / 1.275 * 1000;
        var start = GeoMath.Destination(charger.Position, rng.NextDouble() * 360, straightM);
        var parking = GeoMath.Destination(charger.Position, rng.NextDouble() * 360, Uniform(rng, 10, 60));
        var route = Route.Create(ToSim(start), ToSim(parking), rng.Next(), profile);
        var pauses = Pauses(route, rng);
        var departure = sessionStart + TimeSpan.FromMinutes(Uniform(rng, 0, 10));

        var batteryKwh = Uniform(rng, 55, 100);
        var consumption = Uniform(rng, 0.15, 0.22) / batteryKwh * 100; // % per km
        var used = route.LengthKm * consumption;
        var afterCharge = rng.NextDouble() < 0.3;
        int? target = afterCharge ? rng.Next(70, 91) : null;
        var arrivalSoc = afterCharge ? Uniform(rng, 10, 50) : Uniform(rng, 15, 60);
        var startSoc = Math.Min(100, arrivalSoc + used);
        var curve = new ChargeCurve(MaxPowerKw: Uniform(rng, 60, 220), BatteryKwh: batteryKwh);
        var plugInDelay = TimeSpan.FromMinutes(Uniform(rng, 1, 4));
        return new Trip(index, city ? "city" : "highway", charger.Id, charger.Position, route, pauses, sessionStart, departure,
            startSoc, consumption, target, curve, plugInDelay);
    }

    // Traffic lights on city sections (a candidate every 40–120 s of driving, 35 % red for 15–75 s); long highway trips
    // sometimes take a 5–15 min rest stop half-way.
    private static List<Pause> Pauses(Route route, Random rng)
    {
        var pauses = new List<Pause>();
        var total = route.Duration.TotalSeconds;
        var tau = Uniform(rng, 40, 120);
        var restDone = !(route.LengthKm > 80 && rng.NextDouble() < 0.15);
        while (tau < total - 5)
        {
            var km = route.DistanceAfter(TimeSpan.FromSeconds(tau));
            if (route.ClassifyAt(km) == RoadClass.City && km < route.LengthKm - 0.03 && rng.NextDouble() < 0.35)
            {
                pauses.Add(new Pause(tau, Uniform(rng, 15, 75)));
            }
            else if (!restDone && route.ClassifyAt(km) == RoadClass.Highway && km > route.LengthKm * 0.4)
            {
                pauses.Add(new Pause(tau, Uniform(rng, 300, 900)));
                restDone = true;
            }

            tau += Uniform(rng, 40, 120);
        }

        return pauses;
    }

    private static double Uniform(Random rng, double min, double max) => min + (rng.NextDouble() * (max - min));

    private static SimPoint ToSim(ArrivalPoint p) => new(p.Lat, p.Lng);
}

internal static class RepoPaths
{
    /// <summary>The repository root (the folder holding Nerava.slnx), from the working directory or the binary's folder.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nerava.slnx")))
            {
                dir = dir.Parent;
            }

            if (dir is not null)
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Nerava.slnx) not found.");
    }
}
