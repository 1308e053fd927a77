using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Tracking;

/// <summary>The tracking engine end to end: a simulated car drives into the geofence; the merchant hears once.</summary>
public sealed class SmartcarArrivalTests
{
    private static readonly Dictionary<string, string?> FastTracking = new()
    {
        ["Tracking:IdleDelay"] = "00:00:00.100",
        // The test compresses a drive into seconds; the per-vehicle budget is exercised by the unit and benchmark runs.
        ["Tracking:MaxCallsPerVehiclePerHour"] = "1000",
    };

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_tracked_car_entering_the_geofence_notifies_the_merchant_once_with_source_smartcar(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, FastTracking);
        var (driver, _) = await api.LoginDriverAsync();
        // About 2.5 km north of the San Antonio charger.
        var vehicle = await api.ConnectCarAsync(driver, Demo.SanAntonioChargerLat + 0.022, Demo.SanAntonioChargerLng);
        var create = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            lat = Demo.SanAntonioChargerLat + 0.022,
            lng = Demo.SanAntonioChargerLng,
            use_smartcar = true,
        });
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var order = $"T-{Guid.NewGuid():N}"[..9];
        (await driver.BindOrderAsync(id, order)).EnsureSuccessStatusCode();
        var sim = api.CreateClient();
        (await sim.PutAsJsonAsync("/smartcar-sim/admin/clock", new { time_scale = 40 })).EnsureSuccessStatusCode();
        (await sim.PostAsJsonAsync($"/smartcar-sim/admin/vehicles/{vehicle}/trips",
            new { to_lat = Demo.SanAntonioChargerLat, to_lng = Demo.SanAntonioChargerLng, speed_kmh = 40 })).EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (await api.StatusAsync(id) is "pending_order" or "awaiting_arrival")
        {
            if (DateTime.UtcNow > deadline)
            {
                var t = await api.WithDbAsync(d => d.TrackedSessions.AsNoTracking().SingleAsync(x => x.SessionId == Guid.Parse(id)));
                var s = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(x => x.Id == Guid.Parse(id)));
                var v = string.Join(" | ", await api.WithDbAsync(d => d.Outbox.Where(o => o.SessionId == Guid.Parse(id)).Select(o => o.DedupeKey + " " + o.Status + " " + o.CreatedAt).ToListAsync()));
                Assert.Fail($"The car never arrived. polls={t.PollCount} active={t.Active} next={t.NextPollAt:O} lease={t.LeaseOwner} " +
                    $"loc={s.SmartcarLastLocationLat},{s.SmartcarLastLocationLng} at {s.SmartcarLastLocationAt:O} memory={s.TrackingMemoryJson} sim={v} calls={string.Join(",", api.SmartcarCalls.TakeLast(5))}");
            }
            // Compressed time: make the session due again so the worker polls on the simulator's clock, not ours.
            await api.WithDbAsync(d => d.TrackedSessions.Where(t => t.SessionId == Guid.Parse(id))
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.NextPollAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            await Task.Delay(400);
        }

        await api.WaitForStatusAsync(id, "merchant_notified");
        var session = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}");
        var status = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}/smartcar-status");
        var phone = await api.MerchantPhoneAsync();
        await Task.Delay(500);
        var texts = await api.WithDbAsync(d => d.DevOutbox.Where(e => e.To == phone && e.Body.Contains(order) && e.Body.Contains("fire now")).CountAsync());

        Assert.Equal("smartcar", session.GetProperty("arrival_source").GetString());
        Assert.True(status.GetProperty("arrival_detected").GetBoolean());
        Assert.Equal(JsonValueKind.Object, status.GetProperty("last_location").ValueKind);
        Assert.Equal(1, texts);
        var distance = Nerava.Arrival.Geo.GeoMath.DistanceMeters(new(Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng),
            new(status.GetProperty("last_location").GetProperty("lat").GetDouble(), status.GetProperty("last_location").GetProperty("lng").GetDouble()));
        Assert.True(distance <= 250, $"arrived {distance:0} m away");
    }
}
