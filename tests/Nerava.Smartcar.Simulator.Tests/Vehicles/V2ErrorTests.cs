namespace Nerava.Smartcar.Simulator.Tests.Vehicles;

public sealed class V2ErrorTests
{
    [Fact]
    public async Task Authentication_error_carries_every_documented_key()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();

        using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", "not-a-token");

        var json = await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "AUTHENTICATION", null);
        Assert.Equal(response.Headers.GetValues("sc-request-id").Single(), json["requestId"]!.GetValue<string>());
        Assert.Equal("https://smartcar.com/docs/errors/api-errors/authentication-errors", json["docURL"]!.GetValue<string>());
        foreach (var key in new[] { "type", "code", "description", "docURL", "statusCode", "requestId", "resolution", "suggestedUserMessage", "detail" })
        {
            Assert.True(json.ContainsKey(key), $"missing {key}");
        }

        Assert.True(json["resolution"]!.AsObject().ContainsKey("type"));
        Assert.True(json["resolution"]!.AsObject().ContainsKey("url"));
    }

    [Fact]
    public async Task Missing_scope_is_a_permission_error_asking_to_reauthenticate()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId], "read_battery");

        using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}/location", tokens.AccessToken);

        var json = await AssertErrorAsync(response, HttpStatusCode.Forbidden, "PERMISSION", null);
        Assert.Equal("REAUTHENTICATE", json["resolution"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_path_and_unknown_version_are_resource_not_found()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);

        using var path = await host.GetAsync($"v2.0/vehicles/{vehicleId}/warp-drive", tokens.AccessToken);
        using var version = await host.GetAsync($"v1.5/vehicles/{vehicleId}/battery", tokens.AccessToken);

        await AssertErrorAsync(path, HttpStatusCode.NotFound, "RESOURCE_NOT_FOUND", "PATH");
        await AssertErrorAsync(version, HttpStatusCode.NotFound, "RESOURCE_NOT_FOUND", "VERSION");
    }

    [Fact]
    public async Task Asleep_vehicle_is_a_vehicle_state_error()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        await host.AdminAsync(HttpMethod.Patch, $"vehicles/{vehicleId}", new { asleep = true });

        using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}/location", tokens.AccessToken);

        var json = await AssertErrorAsync(response, HttpStatusCode.Conflict, "VEHICLE_STATE", "ASLEEP");
        Assert.Equal("https://smartcar.com/docs/errors/api-errors/vehicle-state-errors#asleep", json["docURL"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("server_error_rate", HttpStatusCode.InternalServerError, "SERVER", "INTERNAL")]
    [InlineData("upstream_error_rate", HttpStatusCode.BadGateway, "UPSTREAM", "UNKNOWN_ISSUE")]
    public async Task Fault_rates_produce_retryable_5xx_errors(string setting, HttpStatusCode status, string type, string code)
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        await host.AdminAsync(HttpMethod.Put, "faults", new Dictionary<string, object> { [setting] = 1.0 });

        using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);

        var json = await AssertErrorAsync(response, status, type, code);
        Assert.Equal("RETRY_LATER", json["resolution"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Injected_errors_are_returned_once_each()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        await host.AdminAsync(HttpMethod.Post, $"vehicles/{vehicleId}/errors", new { type = "BILLING", code = "VEHICLE_REQUEST_LIMIT", status_code = 430 });

        using var first = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);
        using var second = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", tokens.AccessToken);

        await AssertErrorAsync(first, (HttpStatusCode)430, "BILLING", "VEHICLE_REQUEST_LIMIT");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Invalid_paging_is_a_validation_error_with_detail()
    {
        await using var host = await SimulatorHost.StartAsync();
        var tokens = await host.ConnectAsync([await host.CreateVehicleAsync()]);

        using var response = await host.GetAsync("v2.0/vehicles?limit=500", tokens.AccessToken);

        var json = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "VALIDATION", "PARAMETER");
        Assert.Equal("limit", json["detail"]![0]!["field"]!.GetValue<string>());
    }

    private static async Task<JsonObject> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string type, string? code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var json = await SimulatorHost.ReadJsonAsync(response);
        Assert.Equal(type, json["type"]!.GetValue<string>());
        Assert.Equal(code, json["code"]?.GetValue<string>());
        Assert.Equal((int)status, json["statusCode"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(json["description"]!.GetValue<string>()));
        Assert.StartsWith("https://smartcar.com/docs/errors/", json["docURL"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Guid.TryParse(json["requestId"]!.GetValue<string>(), out _));
        return json;
    }
}
