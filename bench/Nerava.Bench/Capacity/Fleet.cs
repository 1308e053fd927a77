using System.Globalization;
using Nerava.Arrival.Geo;
using static System.FormattableString;

namespace Nerava.Bench.Capacity;

/// <summary>
/// One car of the capacity run. It waits at <c>Start</c> until <see cref="DepartAt"/>, drives straight to its parking spot next to
/// its session's charger at <see cref="SpeedMps"/>, parks, and (Ready After Charge) plugs in a minute later and charges. Its state is
/// a pure function of time, so the fake Smartcar (another process) and the benchmark agree on it.
/// </summary>
internal sealed record FleetCar(int Index, double StartLat, double StartLng, double SpotLat, double SpotLng, double SpeedMps, DateTimeOffset DepartAt,
    bool ReadyAfterCharge, double ChargePercentPerHour)
{
    public const double StartSoc = 55;

    public string VehicleId => Invariant($"cap-{Index}");

    public double DistanceM => GeoMath.DistanceMeters(new GeoPoint(StartLat, StartLng), new GeoPoint(SpotLat, SpotLng));

    public DateTimeOffset ParkedAt => DepartAt + TimeSpan.FromSeconds(DistanceM / SpeedMps);

    public GeoPoint PositionAt(DateTimeOffset t)
    {
        var driven = Math.Max(0, (t - DepartAt).TotalSeconds) * SpeedMps;
        var f = DistanceM <= 0 ? 1 : Math.Min(1, driven / DistanceM);
        return new GeoPoint(StartLat + ((SpotLat - StartLat) * f), StartLng + ((SpotLng - StartLng) * f));
    }

    public (double Soc, bool Charging, bool PluggedIn) ChargeAt(DateTimeOffset t)
    {
        var pluggedAt = ParkedAt + TimeSpan.FromMinutes(1);
        if (!ReadyAfterCharge || t < pluggedAt)
        {
            return (StartSoc, false, false);
        }

        var soc = Math.Min(100, StartSoc + ((t - pluggedAt).TotalHours * ChargePercentPerHour));
        return (soc, soc < 100, true);
    }

    public string ToLine() => string.Join(',',
        Index.ToString(CultureInfo.InvariantCulture), Num(StartLat), Num(StartLng), Num(SpotLat), Num(SpotLng), Num(SpeedMps),
        DepartAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ReadyAfterCharge ? "1" : "0", Num(ChargePercentPerHour));

    public static FleetCar Parse(string line)
    {
        var f = line.Split(',');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        return new FleetCar(int.Parse(f[0], CultureInfo.InvariantCulture), D(1), D(2), D(3), D(4), D(5),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[6], CultureInfo.InvariantCulture)), f[7] == "1", D(8));
    }

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Generates the capacity run's fleet around the demo catalog's chargers.</summary>
internal static class Fleet
{
    /// <summary>
    /// <paramref name="count"/> cars, one per session, assigned round-robin to <paramref name="chargers"/>: each starts 0.5–6 km from
    /// its charger and departs between 5 minutes before and 25 minutes after <paramref name="t0"/> at 20–50 km/h, so arrivals keep
    /// coming during the run; 30 % are Ready After Charge (30–120 % per hour).
    /// </summary>
    public static List<FleetCar> Generate(int count, IReadOnlyList<(string Id, GeoPoint Position)> chargers, DateTimeOffset t0, int seed)
    {
        var rng = new Random(seed);
        var cars = new List<FleetCar>(count);
        for (var i = 0; i < count; i++)
        {
            var charger = chargers[i % chargers.Count].Position;
            var start = GeoMath.Destination(charger, rng.NextDouble() * 360, 500 + (rng.NextDouble() * 5_500));
            var spot = GeoMath.Destination(charger, rng.NextDouble() * 360, 10 + (rng.NextDouble() * 50));
            cars.Add(new FleetCar(i, start.Lat, start.Lng, spot.Lat, spot.Lng, (20 + (rng.NextDouble() * 30)) / 3.6,
                t0 + TimeSpan.FromMinutes(-5 + (rng.NextDouble() * 30)), rng.NextDouble() < 0.3, 30 + (rng.NextDouble() * 90)));
        }

        return cars;
    }

    public static async Task WriteAsync(string path, IEnumerable<FleetCar> cars) =>
        await File.WriteAllLinesAsync(path, cars.Select(c => c.ToLine()));

    public static Dictionary<string, FleetCar> Read(string path) =>
        File.ReadLines(path).Select(FleetCar.Parse).ToDictionary(c => c.VehicleId, StringComparer.Ordinal);
}
