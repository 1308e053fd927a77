using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Tracking;
using Nerava.Smartcar;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.IntegrationTests.Features.Tracking;

/// <summary>
/// The hosted worker's continuous pipeline: answers are applied as they arrive (a slow car never holds back an arrival), open
/// polls never exceed MaxInFlight, and two workers never poll one car at once.
/// </summary>
public sealed class TrackingPipelineTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_answer_is_applied_while_a_slow_poll_claimed_with_it_is_still_out(TestDatabase db)
    {
        var poller = new ScriptedPoller();
        await using var api = await CreateAsync(db, poller, new() { ["Tracking:BatchSize"] = "10" });
        var ids = await TrackedSessionSeed.SeedAsync(api, 2);
        var slow = poller.Hold("veh-0");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var running = WorkerFor(api).RunPipelineAsync(stop.Token);

        await WaitUntilAsync(async () => (await TrackedAsync(api, ids[1])).PollCount == 1, stop.Token);

        Assert.NotNull(await api.WithDbAsync(d => d.Sessions.AsNoTracking().Where(s => s.Id == ids[1]).Select(s => s.SmartcarLastLocationLat).SingleAsync()));
        Assert.Equal(0, (await TrackedAsync(api, ids[0])).PollCount);
        Assert.Equal(2, poller.Polls.Count);
        slow.SetResult();
        await WaitUntilAsync(async () => (await TrackedAsync(api, ids[0])).PollCount == 1, stop.Token);
        await stop.CancelAsync();
        await running;
        Assert.Equal(1, (await TrackedAsync(api, ids[1])).PollCount);
    }

    [Fact]
    public async Task Two_pipelines_keep_at_most_max_in_flight_open_each_and_never_poll_a_car_twice_at_once()
    {
        var poller = new ScriptedPoller { Delay = TimeSpan.FromMilliseconds(150) };
        await using var api = await CreateAsync(TestDatabase.Postgres, poller, new() { ["Tracking:MaxInFlight"] = "4", ["Tracking:BatchSize"] = "4" });
        var ids = await TrackedSessionSeed.SeedAsync(api, 30);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var workers = new[] { WorkerFor(api), WorkerFor(api) };
        var running = workers.Select(w => w.RunPipelineAsync(stop.Token)).ToList();

        await WaitUntilAsync(async () => await api.WithDbAsync(d => d.TrackedSessions.CountAsync(t => ids.Contains(t.SessionId) && t.PollCount > 0)) == 30,
            stop.Token);
        await stop.CancelAsync();
        await Task.WhenAll(running);

        Assert.Equal(0, poller.Overlaps);
        Assert.InRange(poller.MaxConcurrent, 1, 8);
        Assert.All(poller.Polls.GroupBy(p => p), g => Assert.Single(g)); // Far away: the next poll is minutes off.
    }

    private static Task<Nerava.Api.Data.Entities.TrackedSession> TrackedAsync(NeravaApiFactory api, Guid id) =>
        api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().SingleAsync(t => t.SessionId == id));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        while (!await condition())
        {
            await Task.Delay(100, ct);
        }
    }

    private static async Task<NeravaApiFactory> CreateAsync(TestDatabase db, ScriptedPoller poller, Dictionary<string, string?> extra)
    {
        var config = new Dictionary<string, string?>
        {
            ["role"] = "api", // No hosted worker: each test runs its pipelines itself.
            ["Tracking:MaxCallsPerVehiclePerHour"] = "1000",
            ["Tracking:IdleDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in extra)
        {
            config[key] = value;
        }

        var api = await NeravaApiFactory.CreateAsync(db, config, s => s.AddSingleton<IVehiclePoller>(poller));
        api.CreateClient().Dispose(); // Starts the host: migrations and the demo catalog.
        return api;
    }

    private static TrackingWorker WorkerFor(NeravaApiFactory api) => TrackedSessionSeed.WorkerFor(api);

    /// <summary>Cars 20 km out; a held car answers only when released. Counts overlapping polls.</summary>
    private sealed class ScriptedPoller : IVehiclePoller
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new();
        private readonly ConcurrentDictionary<string, int> _inFlight = new();
        private int _concurrent;
        private int _maxConcurrent;
        private int _overlaps;

        public ConcurrentQueue<string> Polls { get; } = new();

        public TimeSpan Delay { get; init; }

        public int Overlaps => _overlaps;

        public int MaxConcurrent => _maxConcurrent;

        public TaskCompletionSource Hold(string vehicle) =>
            _held.GetOrAdd(vehicle, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        public async Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct)
        {
            Polls.Enqueue(vehicleId);
            if (_inFlight.AddOrUpdate(vehicleId, 1, (_, n) => n + 1) > 1)
            {
                Interlocked.Increment(ref _overlaps);
            }

            var now = Interlocked.Increment(ref _concurrent);
            InterlockedMax(ref _maxConcurrent, now);
            try
            {
                if (_held.TryGetValue(vehicleId, out var gate))
                {
                    await gate.Task.WaitAsync(ct);
                }

                await Task.Delay(Delay, ct);
            }
            finally
            {
                Interlocked.Decrement(ref _concurrent);
                _inFlight.AddOrUpdate(vehicleId, 0, (_, n) => n - 1);
            }

            var at = DateTimeOffset.UtcNow;
            return new VehicleSnapshot(vehicleId, new SnapshotLocation(Demo.SanAntonioChargerLat + 0.18, Demo.SanAntonioChargerLng, at), null, null, ResponseMeta.Empty, 1, 1,
                new Dictionary<VehicleDataKinds, SmartcarException>());
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
