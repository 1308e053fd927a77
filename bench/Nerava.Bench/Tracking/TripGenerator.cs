using System.Text.Json;
using Nerava.Smartcar.Simulator.World;
using ArrivalPoint = Nerava.Arrival.Geo.GeoPoint;
using SimPoint = Nerava.Smartcar.Simulator.World.GeoPoint;

namespace Nerava.Bench.Tracking;

internal sealed record ChargerSite(string Id, ArrivalPoint Position);

/// <summary>The hard-trip categories, named as the benchmark reports them.</summary>
internal static class Categories
{
    public const string Highway = "highway";
    public const string Urban = "urban";
    public const string DriveBy = "drive_by";
    public const string NeighbouringLot = "neighbouring_lot";
    public const string GpsOutliers = "gps_outliers";
    public const string StaleData = "stale_data";
    public const string Asleep = "asleep";
    public const string AlreadyThere = "already_there";
    public const string BudgetExhausted = "budget_exhausted";
    public const string RacSlow = "rac_slow";
    public const string RacAboveLimit = "rac_above_limit";

    public static IReadOnlyList<string> All { get; } =
        [Highway, Urban, DriveBy, NeighbouringLot, GpsOutliers, StaleData, Asleep, AlreadyThere, BudgetExhausted, RacSlow, RacAboveLimit];
}

/// <summary>
/// Seeded, reproducible trips per category (see bench/README.md for each). Destinations are the demo catalog's chargers; roads
/// are the simulator's <see cref="Route"/> (1.22–1.33 × the straight line).
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

    /// <summary><paramref name="count"/> trips of <paramref name="category"/>, sessions created over <paramref name="spread"/>.</summary>
    public static List<Trip> Generate(string category, int count, int seed, DateTimeOffset t0, TimeSpan spread, IReadOnlyList<ChargerSite> chargers,
        int firstIndex = 0)
    {
        var rng = new Random(unchecked((seed * 1_000_003) + StableHash(category)));
        var trips = new List<Trip>(count);
        for (var i = 0; i < count; i++)
        {
            trips.Add(One(category, firstIndex + i, new Random(rng.Next()), t0 + (spread * rng.NextDouble()), chargers));
        }

        return trips;
    }

    /// <summary>The old benchmark's mix (half urban, half highway; 30 % Ready After Charge) for the scarce-bucket run.</summary>
    public static List<Trip> Mixed(int count, int seed, DateTimeOffset t0, TimeSpan spread, IReadOnlyList<ChargerSite> chargers)
    {
        var rng = new Random(seed);
        var trips = new List<Trip>(count);
        for (var i = 0; i < count; i++)
        {
            var category = rng.NextDouble() < 0.3 ? Categories.RacSlow : rng.NextDouble() < 0.5 ? Categories.Urban : Categories.Highway;
            trips.Add(One(category, i, new Random(rng.Next()), t0 + (spread * rng.NextDouble()), chargers));
        }

        return trips;
    }

    private static Trip One(string category, int index, Random rng, DateTimeOffset sessionStart, IReadOnlyList<ChargerSite> chargers)
    {
        var charger = chargers[rng.Next(chargers.Count)];
        var b = new TripBuilder(category, index, rng, sessionStart, charger);
        switch (category)
        {
            case Categories.Highway:
                return b.Drive(Uniform(rng, 30, 150), HighwayProfile(rng, 100, 140)).Build();
            case Categories.Urban:
                return b.Drive(Uniform(rng, 5, 30), UrbanProfile(rng)).Build();
            case Categories.DriveBy:
                return b.DriveBy().Build();
            case Categories.NeighbouringLot:
                return b.Drive(Uniform(rng, 5, 30), UrbanProfile(rng), parkAtM: Uniform(rng, 300, 600)).Build();
            case Categories.GpsOutliers:
                return b.Mixed().With(new TripQuirks { OutlierShare = 0.15, OutlierMaxM = 1000 }).Build();
            case Categories.StaleData:
                return b.Mixed().StaleWithLateWebhooks().Build();
            case Categories.Asleep:
                return b.AsleepAtStart().Mixed().Build();
            case Categories.AlreadyThere:
                return b.AlreadyThere().Build();
            case Categories.BudgetExhausted:
                return b.Drive(Uniform(rng, 120, 250),
                    new RouteProfile(Uniform(rng, 100, 120), Uniform(rng, 6, 15), Uniform(rng, 1, 3), Uniform(rng, 3, 8))).Build();
            case Categories.RacSlow:
                return b.Mixed().Charging(rng.Next(70, 91), slow: true, limit: 100).Build();
            case Categories.RacAboveLimit:
                return b.Mixed().Charging(rng.Next(85, 96), slow: false, limit: rng.Next(70, 81)).Build();
            default:
                throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category.");
        }
    }

    internal static RouteProfile UrbanProfile(Random rng) =>
        new(Uniform(rng, 50, 80), Uniform(rng, 25, 40), Uniform(rng, 1, 4), Uniform(rng, 1, 3));

    internal static RouteProfile HighwayProfile(Random rng, double min, double max) =>
        new(Uniform(rng, min, max), Uniform(rng, 30, 50), Uniform(rng, 2, 6), Uniform(rng, 1, 3));

    internal static double Uniform(Random rng, double min, double max) => min + (rng.NextDouble() * (max - min));

    internal static SimPoint ToSim(ArrivalPoint p) => new(p.Lat, p.Lng);

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked((h * 31) + c);
        }

        return h;
    }
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
