using Microsoft.EntityFrameworkCore;
using Nerava.Api.IntegrationTests.Features.Smartcar;

namespace Nerava.Api.IntegrationTests.Features.Tracking;

/// <summary>
/// Ready After Charge through the simulator: "charge complete" and the car's charge limit fire the kitchen on v3
/// (charge-detailedchargingstatus / charge-chargelimits) as on v2 (FULLY_CHARGED), by poll and by webhook.
/// </summary>
public sealed class ChargeCompleteTests
{
    public static TheoryData<TestDatabase, string> DatabasesAndVersions => new()
    {
        { TestDatabase.Postgres, "3" },
        { TestDatabase.Sqlite, "3" },
        { TestDatabase.Sqlite, "2.0" },
    };

    [Theory, MemberData(nameof(DatabasesAndVersions))]
    public async Task A_target_above_the_cars_limit_fires_the_kitchen_when_the_car_stops_at_its_limit(TestDatabase db, string apiVersion)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
        {
            ["Tracking:IdleDelay"] = "00:00:00.100",
            ["Tracking:MaxCallsPerVehiclePerHour"] = "1000",
            ["Smartcar:ApiVersion"] = apiVersion,
        });
        var (driver, _) = await api.LoginDriverAsync();
        var vehicle = await api.ConnectCarAsync(driver, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng);
        var sim = api.CreateClient();
        (await sim.PatchAsJsonAsync($"/smartcar-sim/admin/vehicles/{vehicle}", new { soc_percent = 70, charge_limit_percent = 74 })).EnsureSuccessStatusCode();
        var id = await ArrivedChargeSessionAsync(driver, new { target_soc_percent = 90, charge_complete_trigger = true });
        Assert.Null(await KitchenFiredAtAsync(api, id));

        (await sim.PutAsJsonAsync("/smartcar-sim/admin/clock", new { time_scale = 60 })).EnsureSuccessStatusCode();
        (await sim.PostAsJsonAsync($"/smartcar-sim/admin/vehicles/{vehicle}/charging", new { plugged_in = true, power_kw = 150 })).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (await KitchenFiredAtAsync(api, id) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The kitchen never fired at the charge limit.");
            await api.WithDbAsync(d => d.TrackedSessions.Where(t => t.SessionId == Guid.Parse(id))
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.NextPollAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            await Task.Delay(300);
        }

        var row = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.InRange(row.SmartcarLastBatteryPercent ?? 0, 73.4, 80);
        Assert.NotNull(row.ChargeCompletedAt);
        Assert.Equal(1, await api.WithDbAsync(d => d.Outbox.CountAsync(m => m.SessionId == row.Id && m.Kind == "kitchen_fire" && m.Channel == "sms")));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_v3_webhook_saying_fully_charged_fires_a_charge_complete_session_and_charging_does_not(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Tracking:IdleDelay"] = "01:00:00" });
        var (driver, _) = await api.LoginDriverAsync();
        var vehicle = await api.ConnectCarAsync(driver, Demo.SanAntonioChargerLat, Demo.SanAntonioChargerLng);
        var id = await ArrivedChargeSessionAsync(driver, new { charge_complete_trigger = true });

        var charging = await SmartcarWebhookRequests.PostSignedAsync(api, ChargeState(vehicle, 78, "CHARGING", DateTimeOffset.UtcNow.AddSeconds(-30)));
        var firedWhileCharging = await KitchenFiredAtAsync(api, id);
        var full = await SmartcarWebhookRequests.PostSignedAsync(api, ChargeState(vehicle, 80, "FULLY_CHARGED", DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, charging.StatusCode);
        Assert.Null(firedWhileCharging);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.NotNull(await KitchenFiredAtAsync(api, id));
        Assert.Equal(1, await api.WithDbAsync(d => d.Outbox.CountAsync(m => m.SessionId == Guid.Parse(id) && m.Kind == "kitchen_fire" && m.Channel == "sms")));
    }

    /// <summary>A Ready After Charge session at the San Antonio charger, checked in with "I'm here": arrived, not fired.</summary>
    private static async Task<string> ArrivedChargeSessionAsync(HttpClient driver, object trigger)
    {
        var body = new Dictionary<string, object?>
        {
            ["merchant_id"] = Demo.StaffMerchant,
            ["charger_id"] = Demo.SanAntonioCharger,
            ["arrival_type"] = "ev_curbside",
            ["lat"] = Demo.SanAntonioChargerLat,
            ["lng"] = Demo.SanAntonioChargerLng,
            ["use_smartcar"] = true,
        };
        foreach (var p in trigger.GetType().GetProperties())
        {
            body[p.Name] = p.GetValue(trigger);
        }

        var create = await driver.PostCreateAsync(body);
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).Id();
        (await driver.BindOrderAsync(id)).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        return id;
    }

    private static Task<DateTimeOffset?> KitchenFiredAtAsync(NeravaApiFactory api, string id) =>
        api.WithDbAsync(d => d.Sessions.Where(s => s.Id == Guid.Parse(id)).Select(s => s.KitchenFiredAt).SingleAsync());

    private static string ChargeState(string vehicleId, int soc, string status, DateTimeOffset at)
    {
        var ms = at.ToUnixTimeMilliseconds();
        return $$$"""
            {"eventId":"{{{Guid.NewGuid()}}}","eventType":"VEHICLE_STATE","data":{"user":{"id":"u1"},"vehicle":{"id":"{{{vehicleId}}}","make":"HYUNDAI","model":"Ioniq 5","year":2024},
            "signals":[{"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery","body":{"unit":"percent","value":{{{soc}}}},"status":{"value":"SUCCESS"},"meta":{"retrievedAt":{{{ms}}},"oemUpdatedAt":{{{ms}}}}},
            {"code":"charge-ischarging","name":"IsCharging","group":"Charge","body":{"value":false},"status":{"value":"SUCCESS"},"meta":{"retrievedAt":{{{ms}}},"oemUpdatedAt":{{{ms}}}}},
            {"code":"charge-detailedchargingstatus","name":"DetailedChargingStatus","group":"Charge","body":{"value":"{{{status}}}"},"status":{"value":"SUCCESS"},"meta":{"retrievedAt":{{{ms}}},"oemUpdatedAt":{{{ms}}}}}]},
            "triggers":[{"type":"SIGNAL_UPDATED","signal":{"code":"charge-detailedchargingstatus"}}],"meta":{"version":"4.0","mode":"TEST"}}
            """;
    }
}
