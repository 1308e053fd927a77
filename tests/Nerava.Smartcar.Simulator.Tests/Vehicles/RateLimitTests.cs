namespace Nerava.Smartcar.Simulator.Tests.Vehicles;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Vehicle_limit_returns_429_vehicle_with_retry_after_until_the_hour_rolls()
    {
        await using var host = await SimulatorHost.StartAsync(o => o.VehicleRateLimitPerHour = 3);
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            host.FakeTime.Advance(TimeSpan.FromMinutes(10));
        }

        using var limited = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);
        host.FakeTime.Advance(TimeSpan.FromMinutes(30));
        using var again = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        var json = await SimulatorHost.ReadJsonAsync(limited);
        Assert.Equal("RATE_LIMIT", json["type"]!.GetValue<string>());
        Assert.Equal("VEHICLE", json["code"]!.GetValue<string>());
        Assert.Equal("RETRY_LATER", json["resolution"]!["type"]!.GetValue<string>());

        // First request at t0, now t0+30 min: it ages out of the rolling hour in 30 minutes.
        Assert.Equal("1800", limited.Headers.GetValues("retry-after").Single());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Rate_limited_batch_items_carry_both_retry_after_casings()
    {
        await using var host = await SimulatorHost.StartAsync(o => o.VehicleRateLimitPerHour = 1);
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        using var first = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);

        using var batch = await host.SendJsonAsync(HttpMethod.Post, $"v2.0/vehicles/{vehicleId}/batch", tokens.AccessToken,
            new { requests = new[] { new { path = "/battery" }, new { path = "/charge" } } });

        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        var items = (await SimulatorHost.ReadJsonAsync(batch))["responses"]!.AsArray();
        Assert.All(items, item =>
        {
            Assert.Equal(429, item!["code"]!.GetValue<int>());
            Assert.Equal("VEHICLE", item["body"]!["code"]!.GetValue<string>());
            Assert.Equal("3600", item["headers"]!["retry-after"]!.GetValue<string>());
            Assert.Equal("3600", item["headers"]!["Retry-After"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task Application_bucket_returns_429_smartcar_api_then_refills()
    {
        await using var host = await SimulatorHost.StartAsync(o =>
        {
            o.AppRateLimitEnabled = true;
            o.AppRateLimitCapacity = 5;
            o.AppRateLimitRefillPerMinute = 2;
        });
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        for (var i = 0; i < 5; i++)
        {
            using var ok = await host.GetAsync($"v2.0/vehicles/{vehicleId}", tokens.AccessToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await host.GetAsync($"v2.0/vehicles/{vehicleId}", tokens.AccessToken);
        host.FakeTime.Advance(TimeSpan.FromSeconds(30));
        using var refilled = await host.GetAsync($"v2.0/vehicles/{vehicleId}", tokens.AccessToken);
        using var emptyAgain = await host.GetAsync($"v2.0/vehicles/{vehicleId}", tokens.AccessToken);

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        var json = await SimulatorHost.ReadJsonAsync(limited);
        Assert.Equal("RATE_LIMIT", json["type"]!.GetValue<string>());
        Assert.Equal("SMARTCAR_API", json["code"]!.GetValue<string>());
        Assert.Equal("30", limited.Headers.GetValues("retry-after").Single());
        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
        Assert.Equal((HttpStatusCode)429, emptyAgain.StatusCode);
        var stats = await host.AdminAsync(HttpMethod.Get, "stats");
        Assert.Equal(2, stats["rate_limited"]!["smartcar_api"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_application_bucket_is_on_by_default_with_capacity_120()
    {
        await using var host = await SimulatorHost.StartAsync(o => o.AppRateLimitEnabled = new SimulatorOptions().AppRateLimitEnabled);
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 121; i++)
        {
            using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}", tokens.AccessToken);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(120), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal((HttpStatusCode)429, statuses[120]);
    }
}
