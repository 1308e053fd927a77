using System.Globalization;

namespace Nerava.Smartcar.Simulator.Tests.Vehicles;

public sealed class V2EndpointTests
{
    [Theory]
    [InlineData("v2.0/vehicles?limit=2&offset=1")]
    [InlineData("v2.0/vehicles/?limit=2&offset=1")]
    public async Task Vehicles_list_pages_with_total_count_and_offset(string path)
    {
        await using var host = await SimulatorHost.StartAsync();
        string[] ids = [await host.CreateVehicleAsync(), await host.CreateVehicleAsync(), await host.CreateVehicleAsync()];
        var tokens = await host.ConnectAsync(ids);

        using var response = await host.GetAsync(path, tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await SimulatorHost.ReadJsonAsync(response);
        Assert.Equal(3, json["paging"]!["count"]!.GetValue<int>());
        Assert.Equal(1, json["paging"]!["offset"]!.GetValue<int>());
        var page = json["vehicles"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.Equal(ids.Order(StringComparer.Ordinal).Skip(1).Take(2), page);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/?flags=country%3ADE%20foo%3Atrue")]
    public async Task Attributes_answer_with_and_without_trailing_slash(string suffix)
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync(new { make = "KIA", model = "EV6", year = 2024, lat = 52.52, lng = 13.405 });
        var tokens = await host.ConnectAsync([vehicleId]);

        using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}{suffix}", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await SimulatorHost.ReadJsonAsync(response);
        Assert.Equal(vehicleId, json["id"]!.GetValue<string>());
        Assert.Equal("KIA", json["make"]!.GetValue<string>());
        Assert.Equal("EV6", json["model"]!.GetValue<string>());
        Assert.Equal(2024, json["year"]!.GetValue<int>());
    }

    [Fact]
    public async Task Location_battery_and_charge_report_the_vehicle_with_smartcar_headers()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync(new { lat = 48.1374, lng = 11.5755, soc_percent = 42 });
        var tokens = await host.ConnectAsync([vehicleId]);

        using var location = await host.GetAsync($"v2.0/vehicles/{vehicleId}/location/", tokens.AccessToken);
        using var battery = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);
        using var charge = await host.GetAsync($"v2.0/vehicles/{vehicleId}/charge", tokens.AccessToken);

        var loc = await SimulatorHost.ReadJsonAsync(location);
        Assert.Equal(48.1374, loc["latitude"]!.GetValue<double>(), 6);
        Assert.Equal(11.5755, loc["longitude"]!.GetValue<double>(), 6);
        var bat = await SimulatorHost.ReadJsonAsync(battery);
        Assert.Equal(0.42, bat["percentRemaining"]!.GetValue<double>(), 4);
        Assert.Equal(0.42 * 75 / 0.18, bat["range"]!.GetValue<double>(), 0.01);
        var chg = await SimulatorHost.ReadJsonAsync(charge);
        Assert.False(chg["isPluggedIn"]!.GetValue<bool>());
        Assert.Equal("NOT_CHARGING", chg["state"]!.GetValue<string>());
        Assert.Equal("metric", battery.Headers.GetValues("sc-unit-system").Single());
        Assert.Equal(host.FakeTime.GetUtcNow(), DateTimeOffset.Parse(battery.Headers.GetValues("sc-data-age").Single(), CultureInfo.InvariantCulture));
        Assert.True(Guid.TryParse(battery.Headers.GetValues("sc-request-id").Single(), out _));
        Assert.Equal("application/json", battery.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Data_age_returns_older_state_and_says_so()
    {
        await using var host = await SimulatorHost.StartAsync(o => o.DataAge = TimeSpan.FromMinutes(5));
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);

        using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);

        var dataAge = DateTimeOffset.Parse(response.Headers.GetValues("sc-data-age").Single(), CultureInfo.InvariantCulture);
        Assert.Equal(host.FakeTime.GetUtcNow() - TimeSpan.FromMinutes(5), dataAge);
    }

    [Fact]
    public async Task Imperial_unit_system_reports_miles()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync(new { lat = 1.0, lng = 1.0, soc_percent = 50 });
        var tokens = await host.ConnectAsync([vehicleId]);

        using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken, new Dictionary<string, string> { ["sc-unit-system"] = "imperial" });

        Assert.Equal("imperial", response.Headers.GetValues("sc-unit-system").Single());
        Assert.Equal(0.5 * 75 / 0.18 / 1.609344, (await SimulatorHost.ReadJsonAsync(response))["range"]!.GetValue<double>(), 0.01);
    }

    [Fact]
    public async Task Permissions_and_user_reflect_the_grant()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId], "read_battery read_location");

        using var permissions = await host.GetAsync($"v2.0/vehicles/{vehicleId}/permissions", tokens.AccessToken);
        using var user = await host.GetAsync("v2.0/user/", tokens.AccessToken);

        var json = await SimulatorHost.ReadJsonAsync(permissions);
        Assert.Equal(["read_battery", "read_location"], json["permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(2, json["paging"]!["count"]!.GetValue<int>());
        Assert.Equal(tokens.UserId, (await SimulatorHost.ReadJsonAsync(user))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Batch_returns_items_with_code_body_and_headers_including_failures()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId], "read_vehicle_info read_battery read_odometer");

        using var response = await host.SendJsonAsync(HttpMethod.Post, $"v2.0/vehicles/{vehicleId}/batch", tokens.AccessToken,
            new { requests = new[] { new { path = "/odometer" }, new { path = "/battery" }, new { path = "/" }, new { path = "/location" }, new { path = "/nope" } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await SimulatorHost.ReadJsonAsync(response))["responses"]!.AsArray();
        Assert.Equal(["/odometer", "/battery", "/", "/location", "/nope"], items.Select(i => i!["path"]!.GetValue<string>()));
        Assert.Equal([200, 200, 200, 403, 404], items.Select(i => i!["code"]!.GetValue<int>()));
        Assert.All(items, i => Assert.NotNull(i!["headers"]!.AsObject()));
        Assert.Equal("metric", items[0]!["headers"]!["sc-unit-system"]!.GetValue<string>());
        Assert.NotNull(items[1]!["headers"]!["sc-data-age"]);
        Assert.True(items[0]!["body"]!["distance"]!.GetValue<double>() > 0);
        Assert.Equal(vehicleId, items[2]!["body"]!["id"]!.GetValue<string>());
        Assert.Equal("PERMISSION", items[3]!["body"]!["type"]!.GetValue<string>());
        Assert.Equal(403, items[3]!["body"]!["statusCode"]!.GetValue<int>());
        Assert.Equal("RESOURCE_NOT_FOUND", items[4]!["body"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Disconnect_makes_the_token_fail_with_authentication_and_kills_refresh()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);

        using var disconnect = await host.SendJsonAsync(HttpMethod.Delete, $"v2.0/vehicles/{vehicleId}/application", tokens.AccessToken, null);
        using var after = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);
        using var refresh = await host.RefreshAsync(tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, disconnect.StatusCode);
        Assert.Equal("success", (await SimulatorHost.ReadJsonAsync(disconnect))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("AUTHENTICATION", (await SimulatorHost.ReadJsonAsync(after))["type"]!.GetValue<string>());
        Assert.Equal("invalid_grant", (await SimulatorHost.ReadJsonAsync(refresh))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Charge_commands_need_a_plug_and_the_limit_accepts_a_string()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);

        using var start = await host.SendJsonAsync(HttpMethod.Post, $"v2.0/vehicles/{vehicleId}/charge", tokens.AccessToken, new { action = "START" });
        using var setLimit = await host.SendJsonAsync(HttpMethod.Post, $"v2.0/vehicles/{vehicleId}/charge/limit/", tokens.AccessToken, new { limit = "0.8" });
        using var limit = await host.GetAsync($"v2.0/vehicles/{vehicleId}/charge/limit", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        Assert.Equal("CHARGING_PLUG_NOT_CONNECTED", (await SimulatorHost.ReadJsonAsync(start))["code"]!.GetValue<string>());
        var action = await SimulatorHost.ReadJsonAsync(setLimit);
        Assert.Equal("success", action["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(action["message"]!.GetValue<string>()));
        Assert.Equal(0.8, (await SimulatorHost.ReadJsonAsync(limit))["limit"]!.GetValue<double>(), 4);
    }

    [Fact]
    public async Task Charging_vehicle_reports_charging_then_fully_charged_at_the_target()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync(new { lat = 1.0, lng = 1.0, soc_percent = 40 });
        var tokens = await host.ConnectAsync([vehicleId]);
        await host.AdminAsync(HttpMethod.Post, $"vehicles/{vehicleId}/charging", new { plugged_in = true, target_percent = 60 });

        host.FakeTime.Advance(TimeSpan.FromMinutes(2));
        using var charging = await host.GetAsync($"v2.0/vehicles/{vehicleId}/charge", tokens.AccessToken);
        host.FakeTime.Advance(TimeSpan.FromHours(1));
        using var full = await host.GetAsync($"v2.0/vehicles/{vehicleId}/charge", tokens.AccessToken);
        using var battery = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);

        Assert.Equal("CHARGING", (await SimulatorHost.ReadJsonAsync(charging))["state"]!.GetValue<string>());
        var fullJson = await SimulatorHost.ReadJsonAsync(full);
        Assert.True(fullJson["isPluggedIn"]!.GetValue<bool>());
        Assert.Equal("FULLY_CHARGED", fullJson["state"]!.GetValue<string>());
        Assert.Equal(0.60, (await SimulatorHost.ReadJsonAsync(battery))["percentRemaining"]!.GetValue<double>(), 3);
    }
}
