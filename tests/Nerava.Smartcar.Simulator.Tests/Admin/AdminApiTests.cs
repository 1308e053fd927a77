namespace Nerava.Smartcar.Simulator.Tests.Admin;

public sealed class AdminApiTests
{
    [Fact]
    public async Task Put_application_registers_known_credentials_usable_at_the_token_endpoint()
    {
        await using var host = await SimulatorHost.StartAsync();
        await host.AdminAsync(HttpMethod.Put, "applications/fixed-id", new { client_secret = "fixed-secret", redirect_uris = new[] { "http://app/cb" } });
        var vehicleId = await host.CreateVehicleAsync();
        var auth = await host.AdminAsync(HttpMethod.Post, "authorizations", new { client_id = "fixed-id", redirect_uri = "http://app/cb", vehicle_ids = new[] { vehicleId } });

        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = auth["code"]!.GetValue<string>(),
                ["redirect_uri"] = "http://app/cb",
                ["client_id"] = "fixed-id",
                ["client_secret"] = "fixed-secret",
            }),
        };
        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_application_generates_credentials()
    {
        await using var host = await SimulatorHost.StartAsync();

        var app = await host.AdminAsync(HttpMethod.Post, "applications", new { redirect_uris = new[] { "http://x/cb" } });

        Assert.False(string.IsNullOrEmpty(app["client_id"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(app["client_secret"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(app["management_token"]!.GetValue<string>()));
        Assert.Equal("http://x/cb", app["redirect_uris"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Options_time_vehicles_exist_at_start()
    {
        await using var host = await SimulatorHost.StartAsync(o => o.Vehicles.Add(new SimulatedVehicleOptions { Id = "seeded-1", Make = "BMW", Model = "i4", Latitude = 1, Longitude = 2, SocPercent = 33 }));

        var state = await host.AdminAsync(HttpMethod.Get, "vehicles/seeded-1");

        Assert.Equal("BMW", state["make"]!.GetValue<string>());
        Assert.Equal(33, state["soc_percent"]!.GetValue<double>());
        Assert.Equal(17, state["vin"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task Stats_count_requests_per_vehicle_and_endpoint()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        await host.AdminAsync(HttpMethod.Delete, "stats");
        for (var i = 0; i < 3; i++)
        {
            using var _ = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery/", tokens.AccessToken);
        }

        var stats = await host.AdminAsync(HttpMethod.Get, "stats");

        Assert.Equal(3, stats["requests_by_vehicle"]![vehicleId]!.GetValue<int>());
        Assert.Equal(3, stats["requests_by_endpoint"]!["v2 GET /battery"]!.GetValue<int>());
        Assert.Equal(3, stats["requests_total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Put_faults_is_a_partial_update()
    {
        await using var host = await SimulatorHost.StartAsync(o => o.VehicleRateLimitPerHour = 20);

        var faults = await host.AdminAsync(HttpMethod.Put, "faults", new { data_age_seconds = 90 });
        var off = await host.AdminAsync(HttpMethod.Put, "faults", new { vehicle_rate_limit_per_hour = 0 });

        Assert.Equal(90, faults["data_age_seconds"]!.GetValue<double>());
        Assert.Equal(20, faults["vehicle_rate_limit_per_hour"]!.GetValue<int>());
        Assert.Null(off["vehicle_rate_limit_per_hour"]);
        Assert.Equal(90, off["data_age_seconds"]!.GetValue<double>());
    }

    [Fact]
    public async Task Invalid_admin_input_is_a_400()
    {
        await using var host = await SimulatorHost.StartAsync();

        using var response = await host.SendJsonAsync(HttpMethod.Post, "admin/vehicles", null, new { lat = 200, lng = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad_request", (await SimulatorHost.ReadJsonAsync(response))["error"]!.GetValue<string>());
    }
}
