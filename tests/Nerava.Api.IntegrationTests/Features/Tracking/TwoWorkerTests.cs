using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nerava.Api.Features.Tracking;
using Nerava.Smartcar;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.IntegrationTests.Features.Tracking;

/// <summary>Two workers on one PostgreSQL database share the sessions: no double polls, one notification each.</summary>
public sealed class TwoWorkerTests
{
    [Fact]
    public async Task Two_workers_never_poll_a_session_twice_in_a_round_and_notify_each_merchant_once()
    {
        var poller = new ParkedAtChargerPoller();
        await using var custom = await NeravaApiFactory.CreateAsync(TestDatabase.Postgres, new Dictionary<string, string?>
        {
            ["role"] = "api", // No hosted workers: this test runs the two workers itself.
            ["Tracking:MaxCallsPerVehiclePerHour"] = "1000",
        }, s => s.AddSingleton<IVehiclePoller>(poller));
        using var _ = custom.CreateClient();
        var ids = await TrackedSessionSeed.SeedAsync(custom, 24);
        var scopes = custom.Services.GetRequiredService<IServiceScopeFactory>();
        var options = custom.Services.GetRequiredService<IOptions<TrackingOptions>>();
        var workers = Enumerable.Range(0, 2).Select(_ => new TrackingWorker(scopes, options, NullLogger<TrackingWorker>.Instance)).ToList();

        for (var round = 0; round < 4; round++)
        {
            poller.StartRound();
            await custom.WithDbAsync(d => d.TrackedSessions.Where(t => t.Active)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.NextPollAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunOnceAsync(CancellationToken.None))));
            Assert.True(poller.PollsThisRound.Values.All(c => c == 1),
                $"round {round}: {string.Join(",", poller.PollsThisRound.Select(p => p.Key + "=" + p.Value))} total={poller.Total}");
        }

        Assert.Equal(0, poller.Overlaps);
        var fires = await custom.WithDbAsync(d => d.Outbox.Where(m => m.Kind == "kitchen_fire" && ids.Contains(m.SessionId!.Value))
            .Select(m => new { m.SessionId, m.Channel }).ToListAsync());
        // One "fire now" per session and channel (the demo merchant takes SMS and email), never two.
        Assert.Equal(ids.Count, fires.Select(f => f.SessionId).Distinct().Count());
        Assert.All(fires.GroupBy(f => (f.SessionId, f.Channel)), g => Assert.Single(g));
        var statuses = await custom.WithDbAsync(d => d.Sessions.Where(s => ids.Contains(s.Id)).Select(s => s.ArrivalSource).ToListAsync());
        Assert.All(statuses, source => Assert.Equal("smartcar", source));
    }

    /// <summary>Every car is parked at the charger; records overlapping polls of one vehicle.</summary>
    private sealed class ParkedAtChargerPoller : IVehiclePoller
    {
        private readonly ConcurrentDictionary<string, int> _inFlight = new();
        private int _overlaps;
        private int _total;

        public int Total => _total;

        public ConcurrentDictionary<string, int> PollsThisRound { get; private set; } = new();

        public int Overlaps => _overlaps;

        public void StartRound() => PollsThisRound = new();

        public async Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct)
        {
            if (_inFlight.AddOrUpdate(vehicleId, 1, (_, n) => n + 1) > 1)
            {
                Interlocked.Increment(ref _overlaps);
            }

            Interlocked.Increment(ref _total);
            PollsThisRound.AddOrUpdate(vehicleId, 1, (_, n) => n + 1);
            await Task.Delay(20, ct); // A slow answer widens the window for a double claim.
            _inFlight.AddOrUpdate(vehicleId, 0, (_, n) => n - 1);
            var now = DateTimeOffset.UtcNow;
            return new VehicleSnapshot(vehicleId, new SnapshotLocation(Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng, now),
                new SnapshotBattery(55, 200, now), new SnapshotCharge(ChargeState.NotCharging, false, now), ResponseMeta.Empty, 1, 1,
                new Dictionary<VehicleDataKinds, SmartcarException>());
        }
    }
}
