using System.Net;
using Microsoft.Extensions.Time.Testing;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Tests.V3;

public sealed class SmartcarV3ClientTests
{
    private readonly StubHttpHandler _handler = new();
    private readonly FakeTokens _tokens = new();

    private SmartcarV3Client CreateClient() =>
        new(_handler.CreateClient(), TestOptions.Wrap(TestOptions.Create()), _tokens, new FakeTimeProvider());

    private static readonly VehicleAccess AppAccess = new("vehicle123", null, "user-7");

    [Fact]
    public async Task Signals_use_the_application_token_and_sc_user_id()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v3/signals.json"), ("SC-Request-Id", "v3-req"));

        var response = await CreateClient().GetSignalsAsync(AppAccess);

        var request = _handler.Single();
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("https://smartcar.test/v3/vehicles/vehicle123/signals", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer app-token-1", request.Header("Authorization"));
        Assert.Equal("user-7", request.Header("sc-user-id"));
        Assert.Equal("v3-req", response.Meta.RequestId);
        Assert.Equal(5, response.Data.Signals.Count);
        Assert.Equal(5, response.Data.TotalCount);
        var soc = response.Data.Find(SignalCodes.StateOfCharge)!;
        Assert.Equal(75, soc.GetNumber("value"));
        Assert.Equal("percent", soc.GetString("unit"));
        Assert.Equal("SUCCESS", soc.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764064700000), soc.OemUpdatedAt);
        Assert.True(response.Data.Find(SignalCodes.IsCharging)!.GetBoolean("value"));
    }

    [Fact]
    public async Task Signal_by_code_reads_the_json_api_resource()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v3/signal-odometer.json"));

        var response = await CreateClient().GetSignalAsync(AppAccess, SignalCodes.Odometer);

        Assert.Equal("/v3/vehicles/vehicle123/signals/odometer-traveleddistance", _handler.Single().Uri.AbsolutePath);
        var signal = response.Data;
        Assert.Equal("odometer-traveleddistance", signal.Code);
        Assert.Equal("TraveledDistance", signal.Name);
        Assert.Equal("Odometer", signal.Group);
        Assert.Equal(115071.5, signal.GetNumber("value"));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1752104218549), signal.RetrievedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1752104118549), signal.RecordedAt);
    }

    [Fact]
    public async Task Vehicle_with_connect_token_sends_no_user_header()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v3/vehicle.json"));

        var response = await CreateClient().GetVehicleAsync(new VehicleAccess("vehicle123", "connect-token"));

        var request = _handler.Single();
        Assert.Equal("https://smartcar.test/v3/vehicles/vehicle123", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer connect-token", request.Header("Authorization"));
        Assert.Null(request.Header("sc-user-id"));
        Assert.Equal(new V3Vehicle("vehicle123", "Toyota", "Camry", 2020, "ICE", "live"), response.Data);
        Assert.Equal(0, _tokens.Calls);
    }

    [Fact]
    public async Task A_401_on_the_application_token_renews_it_and_retries_once()
    {
        _handler
            .Respond(HttpStatusCode.Unauthorized, Fixture.Read("errors/v2-authentication.json"))
            .Respond(HttpStatusCode.OK, Fixture.Read("v3/vehicle.json"));

        await CreateClient().GetVehicleAsync(AppAccess);

        Assert.Equal(["app-token-1"], _tokens.Invalidated);
        Assert.Equal("Bearer app-token-1", _handler.Requests[0].Header("Authorization"));
        Assert.Equal("Bearer app-token-2", _handler.Requests[1].Header("Authorization"));
    }

    [Fact]
    public async Task V3_error_bodies_are_thrown()
    {
        _handler.Respond(HttpStatusCode.BadGateway, Fixture.Read("errors/v3-upstream-invalid-data.json"));

        var error = await Assert.ThrowsAsync<SmartcarException>(() => CreateClient().GetSignalsAsync(AppAccess));

        Assert.Equal(SmartcarErrorType.Upstream, error.ErrorType);
        Assert.Equal("INVALID_DATA", error.Code);
    }

    [Fact]
    public async Task Connection_is_flattened()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v3/connection.json"));

        var response = await CreateClient().GetConnectionAsync("32c4139a-e4aa-4c6c-b357-3ae9022dbf1b");

        var request = _handler.Single();
        Assert.Equal("/v3/connections/32c4139a-e4aa-4c6c-b357-3ae9022dbf1b", request.Uri.AbsolutePath);
        Assert.Equal("Bearer app-token-1", request.Header("Authorization"));
        var c = response.Data;
        Assert.Equal("a6a425d6-c661-4b21-af7a-d6b75f80f3b0", c.VehicleId);
        Assert.Equal("1e258add-fb21-4293-b9ab-cf8a61f7a880", c.UserId);
        Assert.Equal(["read_vehicle_info", "read_odometer"], c.Permissions);
        Assert.Equal("Tesla", c.Make);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), c.CreatedAt);
    }

    [Fact]
    public async Task Connections_list_sends_filters_and_user_header()
    {
        _handler.Respond(HttpStatusCode.OK, """{"data":[],"meta":{"page":2,"pageSize":10,"totalCount":11}}""");

        var response = await CreateClient().ListConnectionsAsync(userId: "user-7", page: 2, pageSize: 10);

        var request = _handler.Single();
        Assert.Equal("/v3/connections?userId=user-7&page=2&pageSize=10", request.Uri.PathAndQuery);
        Assert.Equal("user-7", request.Header("sc-user-id"));
        Assert.Empty(response.Data.Connections);
        Assert.Equal(11, response.Data.TotalCount);
    }

    [Fact]
    public async Task Access_without_user_or_token_is_rejected_before_sending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CreateClient().GetSignalsAsync(new VehicleAccess("v1", null)));
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData("https://smartcar.test/v3/vehicles/vehicle123/signals?page=3", "https://smartcar.test/v3/vehicles/vehicle123/signals?page=3")]
    [InlineData("/v3/vehicles/vehicle123/signals?page=3", "https://smartcar.test/v3/vehicles/vehicle123/signals?page=3")]
    [InlineData("vehicles/vehicle123/signals?page=3", "https://smartcar.test/v3/vehicles/vehicle123/signals?page=3")]
    public async Task Next_links_resolve_against_the_v3_origin(string link, string expected)
    {
        _handler.Respond(HttpStatusCode.OK, """{"data":[],"meta":{"page":3}}""");

        await CreateClient().GetSignalsPageAsync(AppAccess, link);

        Assert.Equal(expected, _handler.Single().Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_not_followed_with_the_token()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CreateClient().GetSignalsPageAsync(AppAccess, "https://evil.test/v3/vehicles/vehicle123/signals"));
        Assert.Empty(_handler.Requests);
    }

    private sealed class FakeTokens : ISmartcarApplicationTokenProvider
    {
        private int _version = 1;

        public int Calls { get; private set; }

        public List<string> Invalidated { get; } = [];

        public ValueTask<string> GetTokenAsync(CancellationToken ct = default)
        {
            Calls++;
            return ValueTask.FromResult($"app-token-{_version}");
        }

        public void Invalidate(string accessToken)
        {
            Invalidated.Add(accessToken);
            _version++;
        }
    }
}
