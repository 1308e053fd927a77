using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Tracking;
using Nerava.Smartcar;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.IntegrationTests.Features.Tracking;

/// <summary>
/// Requests are counted as Smartcar bills them — each batch item, each retry — by the per-vehicle budget and the application
/// bucket alike, and a poll never spends more than the vehicle's budget has left.
/// </summary>
public sealed class CallCountingTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_v2_batch_of_three_consumes_three_of_the_vehicle_budget_and_three_application_tokens(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
        {
            ["Smartcar:ApiVersion"] = "2.0",
            ["Tracking:IdleDelay"] = "00:00:00.100",
            ["Tracking:AppBucketCapacity"] = "120",
            ["Tracking:AppBucketRefillPerMinute"] = "0.001",
        }, s => s.AddScoped<IVehiclePoller>(sp => new EveryPartPoller(ActivatorUtilities.CreateInstance<SmartcarVehiclePoller>(sp))));
        var (driver, _) = await api.LoginDriverAsync();
        await api.ConnectCarAsync(driver, Demo.SanAntonioChargerLat + 0.18, Demo.SanAntonioChargerLng);
        var create = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            lat = Demo.SanAntonioChargerLat + 0.18,
            lng = Demo.SanAntonioChargerLng,
            use_smartcar = true,
        });
        var id = Guid.Parse((await create.Content.ReadFromJsonAsync<JsonElement>()).Id());

        // The hosted worker polls the new session once; the car is 20 km out, so the next poll is far off.
        var tracked = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().SingleAsync(t => t.SessionId == id));
        for (var wait = 0; tracked.PollCount == 0 && wait < 150; wait++)
        {
            await Task.Delay(200);
            tracked = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().SingleAsync(t => t.SessionId == id));
        }

        Assert.Single(api.SmartcarCalls, c => c.StartsWith("POST ", StringComparison.Ordinal) && c.Contains("/batch", StringComparison.Ordinal));
        Assert.Equal(1, tracked.PollCount);
        Assert.Equal(3, JsonSerializer.Deserialize<List<DateTimeOffset>>(tracked.RecentCallsJson)!.Count);
        var bucket = await api.WithDbAsync(d => d.RateBuckets.AsNoTracking().SingleAsync(b => b.Name == AppBudget.BucketName));
        Assert.InRange(bucket.Tokens, 117, 117.01);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_poll_waits_for_room_for_all_its_requests_and_may_spend_no_more_than_the_room_left(TestDatabase db)
    {
        var poller = new CostlyPoller(cost: 3, spends: 6); // A batch of 3, retried once.
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
        {
            ["role"] = "api",
            ["Tracking:AppBucketCapacity"] = "120",
            ["Tracking:AppBucketRefillPerMinute"] = "0.001",
        }, s => s.AddSingleton<IVehiclePoller>(poller));
        using var _ = api.CreateClient();
        var ids = await TrackedSessionSeed.SeedAsync(api, 2);
        var now = DateTimeOffset.UtcNow;
        var full = Enumerable.Range(0, 18).Select(i => now.AddMinutes(-50 + i)).ToList(); // 2 left of 20: a batch of 3 must wait.
        var roomy = Enumerable.Range(0, 10).Select(i => now.AddMinutes(-50 + i)).ToList(); // 10 left.
        await SetCallsAsync(api, ids[0], full);
        await SetCallsAsync(api, ids[1], roomy);

        await WorkerFor(api).RunOnceAsync(CancellationToken.None);

        Assert.Equal(["veh-1"], poller.Polled.Keys.ToArray());
        Assert.Equal(10, poller.Polled["veh-1"]);
        var waiting = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().SingleAsync(t => t.SessionId == ids[0]));
        Assert.Equal(0, waiting.PollCount);
        Assert.Equal(full[0].AddHours(1).UtcTicks / 10, waiting.NextPollAt.UtcTicks / 10);
        var polled = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().SingleAsync(t => t.SessionId == ids[1]));
        Assert.Equal(16, JsonSerializer.Deserialize<List<DateTimeOffset>>(polled.RecentCallsJson)!.Count);
        var bucket = await api.WithDbAsync(d => d.RateBuckets.AsNoTracking().SingleAsync(b => b.Name == AppBudget.BucketName));
        Assert.InRange(bucket.Tokens, 114, 114.01); // 3 taken up front, the retry's 3 charged after the answer.
    }

    private static Task SetCallsAsync(NeravaApiFactory api, Guid id, List<DateTimeOffset> calls) =>
        api.WithDbAsync(d => d.TrackedSessions.Where(t => t.SessionId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.RecentCallsJson, JsonSerializer.Serialize(calls, (JsonSerializerOptions?)null))));

    private static TrackingWorker WorkerFor(NeravaApiFactory api) => TrackedSessionSeed.WorkerFor(api);

    /// <summary>The product's poller, asked for every part: on v2.0 that is one batch of three items.</summary>
    private sealed class EveryPartPoller(SmartcarVehiclePoller inner) : IVehiclePoller
    {
        public Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct) =>
            inner.PollAsync(driverId, vehicleId, VehicleDataKinds.All, ct);

        public Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, int? maxRequests, CancellationToken ct) =>
            inner.PollAsync(driverId, vehicleId, VehicleDataKinds.All, maxRequests, ct);

        public int RequestsPerPoll(VehicleDataKinds kinds) => inner.RequestsPerPoll(VehicleDataKinds.All);

        public Task PrefetchAsync(IReadOnlyCollection<(Guid DriverId, string VehicleId)> vehicles, CancellationToken ct) => inner.PrefetchAsync(vehicles, ct);
    }

    /// <summary>Every read costs <paramref name="cost"/> requests and spends <paramref name="spends"/>; records the allowance it was given.</summary>
    private sealed class CostlyPoller(int cost, int spends) : IVehiclePoller
    {
        public ConcurrentDictionary<string, int?> Polled { get; } = new();

        public Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct) =>
            PollAsync(driverId, vehicleId, kinds, null, ct);

        public Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, int? maxRequests, CancellationToken ct)
        {
            Polled[vehicleId] = maxRequests;
            var now = DateTimeOffset.UtcNow;
            return Task.FromResult(new VehicleSnapshot(vehicleId, new SnapshotLocation(Demo.SanAntonioChargerLat + 0.18, Demo.SanAntonioChargerLng, now),
                null, null, ResponseMeta.Empty, 2, spends, new Dictionary<VehicleDataKinds, SmartcarException>()));
        }

        public int RequestsPerPoll(VehicleDataKinds kinds) => cost;
    }
}
