namespace Nerava.Smartcar.Simulator.Tests.V3;

public sealed class V3Tests
{
    [Fact]
    public async Task Iam_token_uses_client_credentials_in_the_body_and_lives_an_hour()
    {
        await using var host = await SimulatorHost.StartAsync();

        using var response = await IamAsync(host, SimulatorHost.ClientSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await SimulatorHost.ReadJsonAsync(response);
        Assert.Equal("Bearer", json["token_type"]!.GetValue<string>());
        Assert.Equal(3600, json["expires_in"]!.GetValue<int>());
        Assert.False(json.ContainsKey("refresh_token"));
    }

    [Fact]
    public async Task Iam_token_rejects_a_wrong_secret_and_a_missing_grant()
    {
        await using var host = await SimulatorHost.StartAsync();

        using var wrong = await IamAsync(host, "wrong");
        using var missing = await host.Http.PostAsync("oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = SimulatorHost.ClientId }));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("invalid_client", (await SimulatorHost.ReadJsonAsync(wrong))["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("invalid_request", (await SimulatorHost.ReadJsonAsync(missing))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Vehicle_resource_has_the_json_api_shape()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync(new { make = "TESLA", model = "Model Y", year = 2025, lat = 1.0, lng = 2.0 });
        var tokens = await host.ConnectAsync([vehicleId]);
        var appToken = await AppTokenAsync(host);

        using var response = await host.GetAsync($"v3/vehicles/{vehicleId}", appToken, UserHeader(tokens.UserId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await SimulatorHost.ReadJsonAsync(response))["data"]!;
        Assert.Equal(vehicleId, data["id"]!.GetValue<string>());
        Assert.Equal("vehicle", data["type"]!.GetValue<string>());
        Assert.Equal("Model Y", data["attributes"]!["model"]!.GetValue<string>());
        Assert.Equal(2025, data["attributes"]!["year"]!.GetValue<int>());
        Assert.Equal($"/vehicles/{vehicleId}", data["links"]!["self"]!.GetValue<string>());
    }

    [Fact]
    public async Task Signals_list_reports_location_and_percent_soc_with_timestamps()
    {
        await using var host = await SimulatorHost.StartAsync(o => o.DataAge = TimeSpan.FromSeconds(30));
        var vehicleId = await host.CreateVehicleAsync(new { lat = 40.7128, lng = -74.006, soc_percent = 73 });
        var tokens = await host.ConnectAsync([vehicleId]);
        var appToken = await AppTokenAsync(host);

        using var response = await host.GetAsync($"v3/vehicles/{vehicleId}/signals", appToken, UserHeader(tokens.UserId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await SimulatorHost.ReadJsonAsync(response);
        var signals = json["data"]!.AsArray().ToDictionary(s => s!["id"]!.GetValue<string>(), s => s!);
        var soc = signals["tractionbattery-stateofcharge"];
        Assert.Equal("signal", soc["type"]!.GetValue<string>());
        Assert.Equal("TractionBattery", soc["attributes"]!["group"]!.GetValue<string>());
        Assert.Equal("percent", soc["attributes"]!["body"]!["unit"]!.GetValue<string>());
        Assert.Equal(73, soc["attributes"]!["body"]!["value"]!.GetValue<double>(), 2);
        var now = host.FakeTime.GetUtcNow();
        Assert.Equal(now.ToUnixTimeMilliseconds(), soc["meta"]!["retrievedAt"]!.GetValue<long>());
        Assert.Equal(now.AddSeconds(-30).ToUnixTimeMilliseconds(), soc["meta"]!["oemUpdatedAt"]!.GetValue<long>());
        var location = signals["location-preciselocation"]["attributes"]!["body"]!;
        Assert.Equal(40.7128, location["latitude"]!.GetValue<double>(), 6);
        Assert.Equal(-74.006, location["longitude"]!.GetValue<double>(), 6);
        Assert.Contains("charge-ischarging", signals.Keys);
        Assert.Contains("charge-ischargingcableconnected", signals.Keys);
        Assert.Contains("charge-detailedchargingstatus", signals.Keys);
        Assert.Equal(signals.Count, json["meta"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(vehicleId, json["included"]!["vehicle"]!["id"]!.GetValue<string>());
        Assert.Null(json["links"]!["previous"]);
    }

    [Theory]
    [InlineData("charge-ischarging", "value", "true")]
    [InlineData("charge-ispluggedin", "value", "true")]
    [InlineData("charge-chargingstate", "value", "CHARGING")]
    public async Task Single_signal_reads_charging_state_including_aliases(string code, string field, string expected)
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync(new { lat = 1.0, lng = 1.0, soc_percent = 20 });
        var tokens = await host.ConnectAsync([vehicleId]);
        await host.AdminAsync(HttpMethod.Post, $"vehicles/{vehicleId}/charging", new { plugged_in = true });
        host.FakeTime.Advance(TimeSpan.FromMinutes(1));

        using var response = await host.GetAsync($"v3/vehicles/{vehicleId}/signals/{code}", await AppTokenAsync(host), UserHeader(tokens.UserId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await SimulatorHost.ReadJsonAsync(response))["attributes"]!["body"]![field]!;
        Assert.Equal(expected, body.ToJsonString().Trim('"'));
    }

    [Fact]
    public async Task Connect_access_token_also_reads_v3_as_the_node_sdk_does()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);

        using var response = await host.GetAsync($"v3/vehicles/{vehicleId}/signals/tractionbattery-stateofcharge", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Errors_use_the_v3_errors_array()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        var appToken = await AppTokenAsync(host);

        using var noUser = await host.GetAsync($"v3/vehicles/{vehicleId}/signals", appToken);
        using var otherUser = await host.GetAsync($"v3/vehicles/{vehicleId}/signals", appToken, UserHeader("someone-else"));
        using var unknownSignal = await host.GetAsync($"v3/vehicles/{vehicleId}/signals/flux-capacitor", appToken, UserHeader(tokens.UserId));
        using var noToken = await host.GetAsync($"v3/vehicles/{vehicleId}/signals", null);

        await AssertV3ErrorAsync(noUser, HttpStatusCode.BadRequest, "VALIDATION");
        await AssertV3ErrorAsync(otherUser, HttpStatusCode.Forbidden, "PERMISSION");
        await AssertV3ErrorAsync(unknownSignal, HttpStatusCode.NotFound, "RESOURCE_NOT_FOUND");
        await AssertV3ErrorAsync(noToken, HttpStatusCode.Unauthorized, "AUTHENTICATION");
    }

    [Fact]
    public async Task Connections_list_the_users_vehicles_for_the_application()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);

        using var response = await host.GetAsync($"v3/connections?user_id={tokens.UserId}", await AppTokenAsync(host));

        var data = (await SimulatorHost.ReadJsonAsync(response))["data"]!.AsArray();
        var connection = Assert.Single(data)!;
        Assert.Equal(vehicleId, connection["attributes"]!["vehicleId"]!.GetValue<string>());
        Assert.Equal(tokens.UserId, connection["attributes"]!["userId"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> IamAsync(SimulatorHost host, string secret) =>
        host.Http.PostAsync("oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SimulatorHost.ClientId,
            ["client_secret"] = secret,
        }));

    private static async Task<string> AppTokenAsync(SimulatorHost host)
    {
        using var response = await IamAsync(host, SimulatorHost.ClientSecret);
        return (await SimulatorHost.ReadJsonAsync(response))["access_token"]!.GetValue<string>();
    }

    private static Dictionary<string, string> UserHeader(string userId) => new() { ["sc-user-id"] = userId };

    private static async Task AssertV3ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        var error = (await SimulatorHost.ReadJsonAsync(response))["errors"]!.AsArray().Single()!;
        Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error["status"]!.GetValue<string>());
        Assert.Equal(type, error["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["title"]!.GetValue<string>()));
        Assert.StartsWith("https://smartcar.com/docs/errors/", error["links"]!["about"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
