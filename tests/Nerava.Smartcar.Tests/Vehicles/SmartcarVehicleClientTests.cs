using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Tests.Vehicles;

public sealed class SmartcarVehicleClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly StubHttpHandler _handler = new();

    private SmartcarVehicleClient CreateClient(Action<SmartcarOptions>? configure = null) =>
        new(_handler.CreateClient(), TestOptions.Wrap(TestOptions.Create(configure)), new FakeTimeProvider(Now));

    [Fact]
    public async Task Vehicles_list_sends_paging_and_bearer_and_reads_paging()
    {
        _handler.Respond(HttpStatusCode.OK, """{"paging":{"count":25,"offset":10},"vehicles":["36ab27d0-fd9d-4455-823a-ce30af709ffc"]}""");

        var response = await CreateClient().GetVehiclesAsync("access-1", limit: 10, offset: 10);

        var request = _handler.Single();
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("https://smartcar.test/v2.0/vehicles?limit=10&offset=10", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer access-1", request.Header("Authorization"));
        Assert.Equal("metric", request.Header("SC-Unit-System"));
        Assert.Equal(new Paging(25, 10), response.Data.Paging);
        Assert.Equal(["36ab27d0-fd9d-4455-823a-ce30af709ffc"], response.Data.Vehicles);
    }

    [Fact]
    public async Task Location_reads_body_and_meta_headers()
    {
        _handler.Respond(
            HttpStatusCode.OK,
            """{"latitude":37.4292,"longitude":122.1382}""",
            ("SC-Data-Age", "2026-11-25T09:58:30.000Z"),
            ("SC-Fetched-At", "2026-11-25T09:59:00.000Z"),
            ("SC-Unit-System", "metric"),
            ("SC-Request-Id", "req-loc"));

        var response = await CreateClient().GetLocationAsync("veh 1", "access-1");

        Assert.Equal("https://smartcar.test/v2.0/vehicles/veh%201/location", _handler.Single().Uri.AbsoluteUri);
        Assert.Equal(new VehicleLocation(37.4292, 122.1382), response.Data);
        Assert.Equal(
            new ResponseMeta(new DateTimeOffset(2026, 11, 25, 9, 58, 30, TimeSpan.Zero), new DateTimeOffset(2026, 11, 25, 9, 59, 0, TimeSpan.Zero), "metric", "req-loc"),
            response.Meta);
    }

    [Fact]
    public async Task Battery_fraction_converts_to_percent_and_imperial_is_requested()
    {
        _handler.Respond(HttpStatusCode.OK, """{"percentRemaining":0.3,"range":40.5}""");

        var response = await CreateClient(o => o.UnitSystem = SmartcarUnitSystem.Imperial).GetBatteryAsync("v1", "access-1");

        Assert.Equal("imperial", _handler.Single().Header("SC-Unit-System"));
        Assert.Equal(0.3, response.Data.PercentRemaining);
        Assert.Equal(30, response.Data.StateOfChargePercent);
        Assert.Equal(40.5, response.Data.Range);
    }

    [Theory]
    [InlineData("CHARGING", ChargeState.Charging)]
    [InlineData("FULLY_CHARGED", ChargeState.FullyCharged)]
    [InlineData("NOT_CHARGING", ChargeState.NotCharging)]
    [InlineData("SOMETHING_ELSE", ChargeState.Unknown)]
    public async Task Charge_state_maps(string wire, ChargeState expected)
    {
        _handler.Respond(HttpStatusCode.OK, $$"""{"isPluggedIn":true,"state":"{{wire}}"}""");

        var response = await CreateClient().GetChargeAsync("v1", "access-1");

        Assert.Equal("/v2.0/vehicles/v1/charge", _handler.Single().Uri.AbsolutePath);
        Assert.True(response.Data.IsPluggedIn);
        Assert.Equal(expected, response.Data.ChargeState);
    }

    [Fact]
    public async Task Attributes_and_permissions_use_their_paths()
    {
        _handler
            .Respond(HttpStatusCode.OK, """{"id":"v1","make":"TESLA","model":"Model S","year":2014}""")
            .Respond(HttpStatusCode.OK, """{"paging":{"count":2,"offset":0},"permissions":["read_vehicle_info","read_location"]}""");
        var client = CreateClient();

        var attributes = await client.GetAttributesAsync("v1", "access-1");
        var permissions = await client.GetPermissionsAsync("v1", "access-1", limit: 5);

        Assert.Equal("https://smartcar.test/v2.0/vehicles/v1", _handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("https://smartcar.test/v2.0/vehicles/v1/permissions?limit=5", _handler.Requests[1].Uri.AbsoluteUri);
        Assert.Equal(new VehicleAttributes("v1", "TESLA", "Model S", 2014), attributes.Data);
        Assert.Equal(["read_vehicle_info", "read_location"], permissions.Data.Permissions);
        Assert.Equal(new Paging(2, 0), permissions.Data.Paging);
    }

    [Fact]
    public async Task Batch_posts_paths_and_reads_items_with_their_own_headers()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v2/batch-response.json"), ("SC-Request-Id", "batch-req"));

        var response = await CreateClient().BatchAsync("v1", "access-1", ["/odometer", "/location"]);

        var request = _handler.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v2.0/vehicles/v1/batch", request.Uri.AbsolutePath);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"requests":[{"path":"/odometer"},{"path":"/location"}]}""", request.Body);
        Assert.Equal("batch-req", response.Meta.RequestId);

        var odometer = response.Data.Find("/odometer")!.Read<VehicleOdometer>(Now);
        Assert.Equal(37829, odometer.Data.Distance);
        Assert.Equal("metric", odometer.Meta.UnitSystem);
        var location = response.Data.Find("/location")!;
        Assert.Equal(200, location.Code);
        Assert.Equal(new DateTimeOffset(2019, 10, 24, 0, 43, 46, TimeSpan.Zero), location.Meta.DataAge);
        Assert.Equal(122.1381, location.Read<VehicleLocation>(Now).Data.Longitude);
    }

    [Fact]
    public async Task Failed_batch_item_throws_its_own_error_with_item_retry_after()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v2/batch-partial-failure.json"));

        var response = await CreateClient().BatchAsync("v1", "access-1", ["/location", "/charge"]);
        var charge = response.Data.Find("/charge")!;

        Assert.False(charge.IsSuccess);
        var error = Assert.Throws<SmartcarException>(() => charge.Read<VehicleCharge>(Now));
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(SmartcarErrorType.RateLimit, error.ErrorType);
        Assert.Equal("VEHICLE", error.Code);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal("c0ffee00-0000-4000-8000-000000000003", error.RequestId);
    }

    [Fact]
    public async Task Disconnect_sends_delete_to_application()
    {
        _handler.Respond(HttpStatusCode.OK, """{"status":"success"}""");

        var response = await CreateClient().DisconnectAsync("v1", "access-1");

        var request = _handler.Single();
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("/v2.0/vehicles/v1/application", request.Uri.AbsolutePath);
        Assert.Null(request.Header("SC-Unit-System"));
        Assert.Equal("success", response.Data.Status);
    }

    [Fact]
    public async Task Generic_request_sends_a_json_body()
    {
        _handler.Respond(HttpStatusCode.OK, """{"status":"success","message":"Successfully sent request to vehicle"}""");

        var response = await CreateClient().RequestAsync(HttpMethod.Post, "v1", "access-1", "/charge", new Dictionary<string, string> { ["action"] = "START" });

        var request = _handler.Single();
        Assert.Equal("""{"action":"START"}""", request.Body);
        Assert.Equal("success", response.Data.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Error_response_throws_with_header_request_id_and_retry_after()
    {
        _handler.Respond(HttpStatusCode.TooManyRequests, Fixture.Read("errors/v2-rate-limit-vehicle.json"), ("Retry-After", "120"));

        var error = await Assert.ThrowsAsync<SmartcarException>(() => CreateClient().GetLocationAsync("v1", "access-1"));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal("26c14915-0c26-43c5-8e42-9edfc2a66a0f", error.RequestId);
    }

    [Fact]
    public async Task Malformed_success_body_is_an_sdk_error()
    {
        _handler.Respond(HttpStatusCode.OK, "not json");

        var error = await Assert.ThrowsAsync<SmartcarException>(() => CreateClient().GetLocationAsync("v1", "access-1"));

        Assert.Equal(SmartcarErrorType.Sdk, error.ErrorType);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }
}
