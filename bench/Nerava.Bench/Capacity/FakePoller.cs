using System.Collections.Concurrent;
using Nerava.Api.Features.Tracking;
using Nerava.Smartcar;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Bench.Capacity;

/// <summary>
/// An instant Smartcar: the car is parked ~400 km from every demo charger, so sessions stay tracked. Counts polls and checks
/// that no session is polled by two workers at once.
/// </summary>
internal sealed class FakePoller : IVehiclePoller
{
    private static readonly IReadOnlyDictionary<VehicleDataKinds, SmartcarException> NoFailures = new Dictionary<VehicleDataKinds, SmartcarException>();

    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _polls = new(StringComparer.Ordinal);
    private long _total;
    private int _overlaps;

    public long Total => Interlocked.Read(ref _total);

    public int Overlaps => Volatile.Read(ref _overlaps);

    /// <summary>Polls per vehicle since the last <see cref="Reset"/>: min/median/max.</summary>
    public string PollsPerSession()
    {
        var counts = _polls.Values.Order().ToList();
        return counts.Count == 0 ? "0" : $"{counts[0]}/{counts[counts.Count / 2]}/{counts[^1]}";
    }

    public void Reset()
    {
        _polls.Clear();
        Interlocked.Exchange(ref _total, 0);
    }

    public async Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct)
    {
        if (!_inFlight.TryAdd(vehicleId, 1))
        {
            Interlocked.Increment(ref _overlaps);
        }

        try
        {
            await Task.Yield();
            var now = DateTimeOffset.UtcNow;
            var recorded = now - TimeSpan.FromSeconds(5);
            return new VehicleSnapshot(
                vehicleId,
                new SnapshotLocation(34.9, -101.9, recorded),
                new SnapshotBattery(62, 300, recorded),
                new SnapshotCharge(ChargeState.NotCharging, false, recorded),
                new ResponseMeta(recorded, now, "metric", null),
                1,
                1,
                NoFailures);
        }
        finally
        {
            _inFlight.TryRemove(vehicleId, out _);
            _polls.AddOrUpdate(vehicleId, 1, (_, n) => n + 1);
            Interlocked.Increment(ref _total);
        }
    }
}
