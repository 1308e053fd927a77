using Nerava.Arrival.Geo;
using ArrivalPoint = Nerava.Arrival.Geo.GeoPoint;
using CarChargeState = Nerava.Smartcar.Vehicles.ChargeState;

namespace Nerava.Bench.Tracking;

/// <summary>The Smartcar API version a poll goes through: it decides what a read costs and what it returns.</summary>
internal enum ApiVersion
{
    /// <summary>v2.0: one endpoint per part, several parts in a batch billed one request per item; FULLY_CHARGED is reported.</summary>
    V2,

    /// <summary>v3: one request for a signal or the signal list; charging is a boolean (no "fully charged").</summary>
    V3,
}

/// <summary>Knobs of the simulated Smartcar (see bench/README.md).</summary>
internal sealed record SmartcarModel
{
    public TimeSpan MinLatency { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan MaxLatency { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Share of requests in the tail: uniform from MaxLatency to TailLatency.</summary>
    public double TailShare { get; init; } = 0.02;

    public TimeSpan TailLatency { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Share of requests answered 502 UPSTREAM (the .NET client retries them, the seed's Python SDK does not).</summary>
    public double ServerErrorShare { get; init; } = 0.02;

    /// <summary>Fresh data age: the reading is the car's state up to this long before the request.</summary>
    public TimeSpan MaxFreshAge { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>GPS noise, metres (σ per axis).</summary>
    public double GpsSigmaM { get; init; } = 5;

    /// <summary>The .NET client's retries after a failed attempt (SmartcarOptions.MaxRetryAttempts).</summary>
    public int MaxRetryAttempts { get; init; } = 2;

    public TimeSpan Latency(Random rng) => rng.NextDouble() < TailShare
        ? MaxLatency + ((TailLatency - MaxLatency) * rng.NextDouble())
        : MinLatency + ((MaxLatency - MinLatency) * rng.NextDouble());

    /// <summary>Polly's exponential backoff with jitter from 1 s, as the client's pipeline is configured.</summary>
    public static TimeSpan Backoff(int retry, Random rng) => TimeSpan.FromSeconds(Math.Pow(2, retry) * (0.5 + rng.NextDouble()));

    /// <summary>Requests one read costs: v2 bills each batch item, v3 one request.</summary>
    public static int RequestsFor(ApiVersion api, bool position, bool charge) =>
        api == ApiVersion.V3 ? 1 : Math.Max(1, (position ? 1 : 0) + (charge ? 2 : 0));
}

/// <summary>What a request found: the car asleep, or a reading recorded at <see cref="RecordedAt"/>.</summary>
internal sealed record CarReading(bool Asleep, ArrivalPoint? Position, DateTimeOffset RecordedAt, double Soc, CarChargeState State, bool PluggedIn);

/// <summary>Answers reads from a trip's ground truth, with its quirks: data age, GPS noise and outliers, asleep cars.</summary>
internal static class SmartcarWorld
{
    public static CarReading Read(Trip trip, DateTimeOffset requestAt, SmartcarModel model, Random rng)
    {
        var q = trip.Quirks;
        if (trip.AsleepSince(requestAt) is { } lastAwake)
        {
            // Asleep: half the time VEHICLE_STATE:ASLEEP, half the time the OEM cloud's cached state from when it was last awake.
            return rng.NextDouble() < 0.5
                ? new CarReading(true, null, lastAwake, 0, CarChargeState.NotCharging, false)
                : Reading(trip, lastAwake, model, rng);
        }

        var age = rng.NextDouble() < q.StaleShare
            ? model.MaxFreshAge + ((q.MaxStaleAge - model.MaxFreshAge) * rng.NextDouble())
            : model.MaxFreshAge * rng.NextDouble();
        return Reading(trip, requestAt - age, model, rng);
    }

    /// <summary>The car's state at <paramref name="recordedAt"/> as Smartcar reports it (noise and outliers included).</summary>
    public static CarReading Reading(Trip trip, DateTimeOffset recordedAt, SmartcarModel model, Random rng)
    {
        var truth = trip.PositionAt(recordedAt);
        var position = rng.NextDouble() < trip.Quirks.OutlierShare
            ? GeoMath.Destination(truth, rng.NextDouble() * 360, trip.Quirks.OutlierMaxM * Math.Sqrt(rng.NextDouble()))
            : Jitter(truth, model.GpsSigmaM, rng);
        var (state, plugged) = trip.ChargeAt(recordedAt);
        return new CarReading(false, position, recordedAt, trip.SocAt(recordedAt), state, plugged);
    }

    private static ArrivalPoint Jitter(ArrivalPoint p, double sigma, Random rng)
    {
        var (north, east) = (Gaussian(rng) * sigma, Gaussian(rng) * sigma);
        return new ArrivalPoint(p.Lat + (north / 111_320), p.Lng + (east / (111_320 * Math.Cos(p.Lat * Math.PI / 180))));
    }

    private static double Gaussian(Random rng)
    {
        var u1 = 1 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
