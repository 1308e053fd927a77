using Microsoft.EntityFrameworkCore;
using Nerava.Api.IntegrationTests.Features.Realtime;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Ocpp.Messages;

namespace Nerava.Api.IntegrationTests.Features.Ocpp;

/// <summary>The charger as an arrival signal: start charging from the app, Ready After Charge from OCPP, plug-ins, evidence.</summary>
public sealed class ChargerArrivalTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Start_charging_from_the_app_arrives_the_session_from_the_charger_with_its_stall(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        await using var point = await api.ConnectChargePointAsync(await api.RegisterChargePointAsync(site));
        var (driver, id) = await api.SessionAtAsync(site);

        var response = await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 2 });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var row = await api.WaitForSessionAsync(id, r => r.ArrivalSource == "charger", "a charger arrival");
        var remote = Assert.Single(point.Received, r => r.Action == "RemoteStartTransaction");
        var idTag = await api.WithDbAsync(d => d.Drivers.Where(x => x.Id == row.DriverId).Select(x => x.OcppIdTag).SingleAsync());
        Assert.Equal(idTag, remote.Payload.GetProperty("idTag").GetString());
        Assert.Equal(2, remote.Payload.GetProperty("connectorId").GetInt32());
        Assert.Equal((2, 3, "started"), (row.ArrivalStall, row.ArrivalConfidence, row.ChargingStatus));
        Assert.NotNull(row.KitchenFiredAt);
        var session = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}");
        Assert.Equal("charger", session.GetProperty("arrival_source").GetString());
        Assert.Equal("Verified by charger · stall 2", session.GetProperty("evidence").GetProperty("label").GetString());
        var staff = await api.LoginStaffAsync();
        var card = (await staff.GetFromJsonAsync<JsonElement>("/v1/merchant/arrivals"))!.EnumerateArray()
            .Single(a => a.GetProperty("session_id").GetString() == id);
        Assert.Equal("Verified by charger · stall 2", card.GetProperty("evidence").GetProperty("label").GetString());
        Assert.Equal(3, card.GetProperty("evidence").GetProperty("confidence").GetInt32());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Start_charging_is_refused_for_an_unknown_stall_a_non_ocpp_charger_and_an_offline_charger(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        var registered = await api.RegisterChargePointAsync(site);
        var (driver, id) = await api.SessionAtAsync(site);
        var (other, plain) = await api.SessionAtAsync(Demo.SanAntonioCharger);

        await ProblemAssert.IsAsync(await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 2 }),
            HttpStatusCode.Conflict, "CHARGER_OFFLINE");
        await using var point = await api.ConnectChargePointAsync(registered);
        await ProblemAssert.IsAsync(await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 9 }),
            HttpStatusCode.NotFound, "STALL_NOT_FOUND");
        await ProblemAssert.IsAsync(await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 0 }),
            HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await other.PostAsJsonAsync($"/v1/arrival/{plain}/start-charging", new { connector_id = 1 }),
            HttpStatusCode.Conflict, "CHARGER_NOT_OCPP");
        // Someone else's session is not found.
        await ProblemAssert.IsAsync(await other.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 1 }),
            HttpStatusCode.NotFound, "SESSION_NOT_FOUND");
        Assert.Empty(point.Received);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Ready_after_charge_fires_on_SuspendedEV_not_before(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        await using var point = await api.ConnectChargePointAsync(await api.RegisterChargePointAsync(site));
        var (driver, id) = await api.SessionAtAsync(site, new { charge_complete_trigger = true });

        (await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 1 })).EnsureSuccessStatusCode();
        var arrived = await api.WaitForSessionAsync(id, r => r.ChargingStatus == "started", "charging started");
        await CentralSystemTests.WaitAsync(() => point.Transactions.ContainsKey(1), "the charger has its transaction id");
        await point.MeterValuesAsync(1, point.Transactions[1], 70, None);
        Assert.Null((await api.SessionRowAsync(id)).KitchenFiredAt);
        await point.StatusAsync(1, ConnectorStatuses.SuspendedEv, None);

        var fired = await api.WaitForSessionAsync(id, r => r.KitchenFiredAt is not null, "kitchen fired");
        Assert.Null(arrived.KitchenFiredAt);
        Assert.NotNull(fired.ChargeCompletedAt);
        var phone = await api.MerchantPhoneAsync();
        await api.WaitForOutboxAsync(phone, b => b.Contains(fired.MerchantReplyCode, StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Ready_after_charge_fires_when_the_chargers_SoC_reaches_the_target(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        await using var point = await api.ConnectChargePointAsync(await api.RegisterChargePointAsync(site));
        var (driver, id) = await api.SessionAtAsync(site, new { target_soc_percent = 80 });

        (await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 1 })).EnsureSuccessStatusCode();
        await api.WaitForSessionAsync(id, r => r.ChargingStatus == "started", "charging started");
        await CentralSystemTests.WaitAsync(() => point.Transactions.ContainsKey(1), "the charger has its transaction id");
        await point.MeterValuesAsync(1, point.Transactions[1], 62, None);
        await point.MeterValuesAsync(1, point.Transactions[1], 79, None);
        Assert.Null((await api.SessionRowAsync(id)).KitchenFiredAt);
        await point.MeterValuesAsync(1, point.Transactions[1], 81, None);

        var fired = await api.WaitForSessionAsync(id, r => r.KitchenFiredAt is not null, "kitchen fired at target");
        Assert.Equal(81, fired.SmartcarLastBatteryPercent);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_check_in_contradicted_by_the_fresh_car_position_is_flagged_not_fired_until_the_charger_confirms(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        await using var point = await api.ConnectChargePointAsync(await api.RegisterChargePointAsync(site));
        var (driver, id) = await api.SessionAtAsync(site);
        // The car's own telematics put it 30 km north a minute ago.
        var far = GeoMath.Destination(new GeoPoint(OcppKit.SiteLat, OcppKit.SiteLng), 0, 30_000);
        var memory = TrackingMemory.Empty with { RecentFixes = [new PositionFix(far, 10, DateTimeOffset.UtcNow.AddMinutes(-1))] };
        await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == Guid.Parse(id)).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.TrackingMemoryJson, JsonSerializer.Serialize(memory, new JsonSerializerOptions(JsonSerializerDefaults.Web)))));

        var checkIn = await driver.PostAsJsonAsync($"/v1/arrival/{id}/confirm-arrival",
            new { charger_id = site, lat = OcppKit.SiteLat, lng = OcppKit.SiteLng, accuracy_m = 10 });

        var problem = await ProblemAssert.IsAsync(checkIn, HttpStatusCode.Conflict, "ARRIVAL_NEEDS_CONFIRMATION");
        Assert.Equal(["car_far_away"], problem.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        var flagged = await api.SessionRowAsync(id);
        Assert.Equal((Nerava.Arrival.Sessions.SessionStatus.AwaitingArrival, "car_far_away"), (flagged.Status, flagged.ArrivalFlags));
        Assert.Null(flagged.KitchenFiredAt);
        var session = await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}");
        Assert.Equal("car_far_away", session.GetProperty("evidence").GetProperty("flags")[0].GetString());

        (await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 1 })).EnsureSuccessStatusCode();
        var confirmed = await api.WaitForSessionAsync(id, r => r.ArrivalSource == "charger", "confirmed at the charger");
        Assert.NotNull(confirmed.KitchenFiredAt);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_impossible_jump_or_a_mocked_location_is_flagged_not_fired(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        var (driver, id) = await api.SessionAtAsync(site);
        var (mocker, mocked) = await api.SessionAtAsync(site);

        // A check-in from Dallas (refused: too far, but remembered), then one at the site seconds later.
        await ProblemAssert.IsAsync(await driver.PostAsJsonAsync($"/v1/arrival/{id}/confirm-arrival",
            new { charger_id = site, lat = Demo.DallasLat, lng = Demo.DallasLng, accuracy_m = 10 }), HttpStatusCode.BadRequest, "TOO_FAR_FROM_CHARGER");
        var jump = await driver.PostAsJsonAsync($"/v1/arrival/{id}/confirm-arrival",
            new { charger_id = site, lat = OcppKit.SiteLat, lng = OcppKit.SiteLng, accuracy_m = 10 });
        var spoof = await mocker.PostAsJsonAsync($"/v1/arrival/{mocked}/confirm-arrival",
            new { charger_id = site, lat = OcppKit.SiteLat, lng = OcppKit.SiteLng, accuracy_m = 10, location_mocked = true });

        var jumpProblem = await ProblemAssert.IsAsync(jump, HttpStatusCode.Conflict, "ARRIVAL_NEEDS_CONFIRMATION");
        Assert.Equal("impossible_jump", jumpProblem.GetProperty("flags")[0].GetString());
        var spoofProblem = await ProblemAssert.IsAsync(spoof, HttpStatusCode.Conflict, "ARRIVAL_NEEDS_CONFIRMATION");
        Assert.Equal("mocked_location", spoofProblem.GetProperty("flags")[0].GetString());
        Assert.Equal("awaiting_arrival", await api.StatusAsync(id));
        Assert.Equal("awaiting_arrival", await api.StatusAsync(mocked));
        // Tapping again from the same (now "previous") place does not launder the jump.
        await ProblemAssert.IsAsync(await driver.PostAsJsonAsync($"/v1/arrival/{id}/confirm-arrival",
            new { charger_id = site, lat = OcppKit.SiteLat, lng = OcppKit.SiteLng, accuracy_m = 10 }), HttpStatusCode.Conflict, "ARRIVAL_NEEDS_CONFIRMATION");
        Assert.Null((await api.SessionRowAsync(id)).KitchenFiredAt);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_plug_in_without_id_tag_arrives_only_the_single_expected_session_once_corroborated(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        await using var point = await api.ConnectChargePointAsync(await api.RegisterChargePointAsync(site));
        var (driver, id) = await api.SessionAtAsync(site);
        await using var hub = await SessionHubListener.ConnectAsync(api, driver.DefaultRequestHeaders.Authorization!.Parameter!);

        await point.PlugInAsync(2, None);
        var offered = await api.WithDbAsync(d => d.ChargerPlugIns.AsNoTracking().SingleAsync(p => p.ChargerId == site));
        Assert.Equal((id, (Guid?)null, 2), (offered.OfferedTo, offered.MatchedSessionId, offered.Stall));
        Assert.Equal("awaiting_arrival", await api.StatusAsync(id));
        // The driver sees the offer ("That's me at stall 2"), live and on a fresh read.
        var pushed = await hub.NextAsync(u => OfferedStall(u.GetProperty("session")) is not null);
        Assert.Equal(2, OfferedStall(pushed.GetProperty("session")));
        var charging = (await driver.GetFromJsonAsync<JsonElement>($"/v1/arrival/{id}")).GetProperty("charging");
        Assert.Equal(2, charging.GetProperty("offered_stall").GetInt32());
        Assert.Equal(JsonValueKind.Null, charging.GetProperty("claimed_stall").ValueKind);
        Assert.InRange(charging.GetProperty("offered_at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));

        var claimed = await driver.PostAsJsonAsync($"/v1/arrival/{id}/claim-stall", new { stall = 2 });

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        var row = await api.WaitForSessionAsync(id, r => r.ArrivalSource == "charger", "arrival from the corroborated plug-in");
        Assert.Equal((2, 2), (row.ArrivalStall, row.ArrivalConfidence));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_plug_in_with_two_sessions_expected_is_recorded_and_offered_not_fired(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        await using var point = await api.ConnectChargePointAsync(await api.RegisterChargePointAsync(site));
        var (first, a) = await api.SessionAtAsync(site);
        var (_, b) = await api.SessionAtAsync(site);
        (await first.PostAsJsonAsync($"/v1/arrival/{a}/claim-stall", new { stall = 1 })).EnsureSuccessStatusCode();

        await point.PlugInAsync(1, None);

        var plugIn = await api.WithDbAsync(d => d.ChargerPlugIns.AsNoTracking().SingleAsync(p => p.ChargerId == site));
        Assert.Null(plugIn.MatchedSessionId);
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), plugIn.OfferedTo.Split(',').Order(StringComparer.Ordinal));
        Assert.Equal("awaiting_arrival", await api.StatusAsync(a));
        Assert.Equal("awaiting_arrival", await api.StatusAsync(b));
        // Both drivers are offered the plug-in; neither is fired on it.
        Assert.Equal((1, 1), ((await api.SessionRowAsync(a)).OfferedStall, (await api.SessionRowAsync(b)).OfferedStall));
    }

    private static int? OfferedStall(JsonElement session) =>
        session.TryGetProperty("charging", out var c) && c.ValueKind == JsonValueKind.Object
        && c.TryGetProperty("offered_stall", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
}
