using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nerava.Api.Features.Tracking;
using Nerava.Arrival.Sessions;
using Nerava.Smartcar;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.IntegrationTests.Features.Tracking;

/// <summary>A claimed batch is handled set-wise: readings and releases written together, scarce tokens to the earliest claim_by.</summary>
public sealed class TrackBatchTests
{
    // About 20 km north of the San Antonio charger: nothing happens, the readings are just recorded.
    private const double FarLat = Demo.SanAntonioChargerLat + 0.18;

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_batch_of_approaching_cars_is_recorded_and_every_row_released_with_its_next_poll(TestDatabase db)
    {
        var poller = new FixedPoller();
        await using var api = await CreateAsync(db, poller);
        var ids = await TrackedSessionSeed.SeedAsync(api, 5);
        var before = DateTimeOffset.UtcNow;

        Assert.Equal(5, await WorkerFor(api).RunOnceAsync(CancellationToken.None));

        Assert.Equal(5, poller.Polled.Count);
        var sessions = await api.WithDbAsync(d => d.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync());
        Assert.All(sessions, s =>
        {
            Assert.Equal(FarLat, s.SmartcarLastLocationLat);
            Assert.Equal(62, s.SmartcarLastBatteryPercent);
            Assert.Contains("recentFixes", s.TrackingMemoryJson, StringComparison.Ordinal);
            Assert.Equal(SessionStatus.AwaitingArrival, s.Status);
        });
        var tracked = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().Where(t => ids.Contains(t.SessionId)).ToListAsync());
        Assert.All(tracked, t =>
        {
            Assert.Equal(1, t.PollCount);
            Assert.Null(t.LeaseOwner);
            Assert.True(t.Active);
            Assert.True(t.NextPollAt > before.AddSeconds(29), $"next poll {t.NextPollAt:O}");
            Assert.True(t.ClaimBy >= before, $"claim by {t.ClaimBy:O}");
            Assert.Single(System.Text.Json.JsonSerializer.Deserialize<List<DateTimeOffset>>(t.RecentCallsJson)!);
        });
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_scarce_bucket_polls_the_earliest_claim_by_first_and_the_rest_keep_their_place(TestDatabase db)
    {
        var poller = new FixedPoller();
        await using var api = await CreateAsync(db, poller, new()
        {
            ["Tracking:AppBucketCapacity"] = "3",
            ["Tracking:AppBucketRefillPerMinute"] = "0.01",
        });
        var now = DateTimeOffset.UtcNow;
        // veh-4 has waited longest, veh-0 least.
        var ids = await TrackedSessionSeed.SeedAsync(api, 5, i => now.AddMinutes(i * -1));

        await WorkerFor(api).RunOnceAsync(CancellationToken.None);

        Assert.Equal(["veh-2", "veh-3", "veh-4"], poller.Polled.Order(StringComparer.Ordinal));
        var waiting = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().Where(t => t.SessionId == ids[0] || t.SessionId == ids[1])
            .ToListAsync());
        Assert.All(waiting, t =>
        {
            Assert.Equal(0, t.PollCount);
            Assert.Null(t.LeaseOwner);
            Assert.True(t.NextPollAt > now.AddMinutes(10), $"next poll {t.NextPollAt:O}"); // 1 token at 0.01/min
        });
        Assert.Equal([now.AddMinutes(0).UtcTicks / 10, now.AddMinutes(-1).UtcTicks / 10],
            waiting.OrderByDescending(t => t.ClaimBy).Select(t => t.ClaimBy.UtcTicks / 10));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Due_rows_are_claimed_earliest_claim_by_first(TestDatabase db)
    {
        var poller = new FixedPoller();
        await using var api = await CreateAsync(db, poller, new() { ["Tracking:BatchSize"] = "2" });
        var now = DateTimeOffset.UtcNow;
        await TrackedSessionSeed.SeedAsync(api, 5, i => now.AddMinutes(i % 2 == 0 ? -i : i));

        Assert.Equal(2, await WorkerFor(api).RunOnceAsync(CancellationToken.None));

        Assert.Equal(["veh-2", "veh-4"], poller.Polled.Order(StringComparer.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_worker_that_dies_mid_batch_loses_nothing_and_cannot_overwrite_its_successor(TestDatabase db)
    {
        var poller = new FixedPoller();
        await using var api = await CreateAsync(db, poller, new() { ["Tracking:LeaseDuration"] = "00:00:01" });
        var ids = await TrackedSessionSeed.SeedAsync(api, 3);
        // The dead worker claimed the batch and never came back.
        var claimedByDead = await api.WithScopeAsync(s => s.GetRequiredService<DuePollClaimer>().ClaimAsync("dead-worker", 50, TimeSpan.FromSeconds(1),
            CancellationToken.None));
        Assert.Equal(3, claimedByDead.Count);
        var worker = WorkerFor(api);

        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None)); // Still leased.
        var deadline = DateTime.UtcNow.AddSeconds(45);
        var claimed = 0;
        while (claimed == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            claimed = await worker.RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(3, claimed);
        Assert.Equal(3, poller.Polled.Count);
        // The dead worker wakes up and tries to write its stale plan: the rows are no longer its own.
        await api.WithScopeAsync(s => s.GetRequiredService<TrackingBatchStore>().ReleaseAsync(
            [.. ids.Select(id => new PollRelease(id, null, null, false, [], true))], "dead-worker", CancellationToken.None));
        var tracked = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().Where(t => ids.Contains(t.SessionId)).ToListAsync());
        Assert.All(tracked, t =>
        {
            Assert.True(t.Active);
            Assert.Equal(1, t.PollCount);
            Assert.Null(t.LeaseOwner);
        });
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_reading_raced_by_a_status_change_is_not_written_and_the_session_is_dropped_next_round(TestDatabase db)
    {
        var poller = new FixedPoller();
        await using var api = await CreateAsync(db, poller);
        var ids = await TrackedSessionSeed.SeedAsync(api, 3);
        // The driver cancels while the car's answer is on its way.
        poller.During = vehicle => vehicle == "veh-1"
            ? api.WithDbAsync(d => d.Sessions.Where(s => s.Id == ids[1]).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SessionStatus.Canceled)))
            : Task.CompletedTask;
        var worker = WorkerFor(api);

        await worker.RunOnceAsync(CancellationToken.None);

        var raced = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == ids[1]));
        Assert.Equal(SessionStatus.Canceled, raced.Status);
        Assert.Null(raced.SmartcarLastLocationLat);
        Assert.Null(raced.TrackingMemoryJson);
        var others = await api.WithDbAsync(d => d.Sessions.AsNoTracking().Where(s => s.Id != ids[1] && ids.Contains(s.Id)).ToListAsync());
        Assert.All(others, s => Assert.Equal(FarLat, s.SmartcarLastLocationLat));

        // Asked again at once: the next round sees the cancellation and stops tracking it without another poll.
        poller.During = _ => Task.CompletedTask;
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        var tracked = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().SingleAsync(t => t.SessionId == ids[1]));
        Assert.False(tracked.Active);
        Assert.Equal(3, poller.Polled.Count);
    }

    private static Task<NeravaApiFactory> CreateAsync(TestDatabase db, FixedPoller poller, Dictionary<string, string?>? extra = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["role"] = "api", // No hosted worker: each test runs its rounds itself.
            ["Tracking:MaxCallsPerVehiclePerHour"] = "1000",
        };
        foreach (var (key, value) in extra ?? [])
        {
            config[key] = value;
        }

        return CreateStartedAsync(db, config, poller);
    }

    private static async Task<NeravaApiFactory> CreateStartedAsync(TestDatabase db, Dictionary<string, string?> config, FixedPoller poller)
    {
        var api = await NeravaApiFactory.CreateAsync(db, config, s => s.AddSingleton<IVehiclePoller>(poller));
        api.CreateClient().Dispose(); // Starts the host: migrations and the demo catalog.
        return api;
    }

    private static TrackingWorker WorkerFor(NeravaApiFactory api) =>
        new(api.Services.GetRequiredService<IServiceScopeFactory>(), api.Services.GetRequiredService<IOptions<TrackingOptions>>(),
            NullLogger<TrackingWorker>.Instance);

    /// <summary>Every car is at <see cref="FarLat"/>, moving; records which vehicles were polled.</summary>
    private sealed class FixedPoller : IVehiclePoller
    {
        public ConcurrentBag<string> Polled { get; } = [];

        public Func<string, Task> During { get; set; } = _ => Task.CompletedTask;

        public async Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct)
        {
            Polled.Add(vehicleId);
            await During(vehicleId);
            var now = DateTimeOffset.UtcNow;
            return new VehicleSnapshot(vehicleId, new SnapshotLocation(FarLat, Demo.SanAntonioChargerLng, now), new SnapshotBattery(62, 300, now),
                new SnapshotCharge(ChargeState.NotCharging, false, now), ResponseMeta.Empty, 1, 1, new Dictionary<VehicleDataKinds, SmartcarException>());
        }
    }
}
