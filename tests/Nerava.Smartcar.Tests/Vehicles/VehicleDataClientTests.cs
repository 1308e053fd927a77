using System.Net;
using Microsoft.Extensions.Time.Testing;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Tests.Vehicles;

public sealed class VehicleDataClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly StubHttpHandler _handler = new();
    private readonly FakeTimeProvider _time = new(Now);

    private V2VehicleDataClient CreateV2() =>
        new(new SmartcarVehicleClient(_handler.CreateClient(), TestOptions.Wrap(TestOptions.Create()), _time), _time);

    private V3VehicleDataClient CreateV3(StubHttpHandler iam)
    {
        var options = TestOptions.Wrap(TestOptions.Create());
        var tokens = new SmartcarApplicationTokenProvider(iam.CreateClient, options, _time);
        return new V3VehicleDataClient(new SmartcarV3Client(_handler.CreateClient(), options, tokens, _time));
    }

    [Fact]
    public async Task V2_snapshot_of_everything_is_one_batch_call_with_percent_soc()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v2/batch-arrival.json"), ("SC-Request-Id", "b-1"));

        var snapshot = await CreateV2().GetSnapshotAsync(new VehicleAccess("v1", "access-1"), VehicleDataKinds.All);

        var request = _handler.Single();
        Assert.Equal("/v2.0/vehicles/v1/batch", request.Uri.AbsolutePath);
        Assert.Equal("""{"requests":[{"path":"/location"},{"path":"/battery"},{"path":"/charge"}]}""", request.Body);
        Assert.Equal(1, snapshot.HttpCalls);
        Assert.Equal(3, snapshot.BillableRequests);
        Assert.Equal(new SnapshotLocation(37.4292, -122.1382, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), snapshot.Location);
        Assert.Equal(58, snapshot.StateOfChargePercent);
        Assert.Equal(283.24, snapshot.Battery!.Range);
        Assert.Equal(ChargeState.Charging, snapshot.ChargeState);
        Assert.True(snapshot.IsCharging);
        Assert.True(snapshot.IsPluggedIn);
        Assert.Equal("b-1", snapshot.Meta.RequestId);
        Assert.Empty(snapshot.Failures);
        Assert.Equal(TimeSpan.Zero, snapshot.Location!.AgeAt(Now));
    }

    [Fact]
    public async Task V2_single_kind_uses_its_endpoint()
    {
        _handler.Respond(HttpStatusCode.OK, """{"percentRemaining":0.3,"range":40.5}""", ("SC-Data-Age", "2026-11-25T09:55:00Z"));

        var snapshot = await CreateV2().GetSnapshotAsync(new VehicleAccess("v1", "access-1"), VehicleDataKinds.Battery);

        Assert.Equal("/v2.0/vehicles/v1/battery", _handler.Single().Uri.AbsolutePath);
        Assert.Equal(30, snapshot.StateOfChargePercent);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 55, 0, TimeSpan.Zero), snapshot.Battery!.RecordedAt);
        Assert.Null(snapshot.Location);
        Assert.Equal(1, snapshot.HttpCalls);
    }

    [Fact]
    public async Task V2_partial_batch_failure_is_reported_per_kind()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v2/batch-partial-failure.json"));

        var snapshot = await CreateV2().GetSnapshotAsync(new VehicleAccess("v1", "access-1"), VehicleDataKinds.Location | VehicleDataKinds.Charge);

        Assert.Equal(52.52, snapshot.Location!.Latitude);
        Assert.Null(snapshot.Charge);
        var failure = Assert.Single(snapshot.Failures);
        Assert.Equal(VehicleDataKinds.Charge, failure.Key);
        Assert.Equal(SmartcarErrorType.RateLimit, failure.Value.ErrorType);
        Assert.Equal(TimeSpan.FromSeconds(120), failure.Value.RetryAfter);
    }

    [Fact]
    public async Task V2_all_parts_failing_throws()
    {
        _handler.Respond(HttpStatusCode.OK, """{"responses":[{"path":"/battery","code":409,"body":{"type":"VEHICLE_STATE","code":"ASLEEP","description":"d"},"headers":{}},{"path":"/charge","code":409,"body":{"type":"VEHICLE_STATE","code":"ASLEEP","description":"d"},"headers":{}}]}""");

        var error = await Assert.ThrowsAsync<SmartcarException>(() =>
            CreateV2().GetSnapshotAsync(new VehicleAccess("v1", "access-1"), VehicleDataKinds.Charge | VehicleDataKinds.Battery));

        Assert.Equal(SmartcarErrorType.VehicleState, error.ErrorType);
        Assert.Equal("ASLEEP", error.Code);
        Assert.Equal(409, error.StatusCode);
    }

    [Fact]
    public async Task V2_without_access_token_is_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CreateV2().GetSnapshotAsync(new VehicleAccess("v1", null, "user"), VehicleDataKinds.All));
    }

    [Fact]
    public async Task V2_description_reads_attributes()
    {
        _handler.Respond(HttpStatusCode.OK, """{"id":"v1","make":"TESLA","model":"Model 3","year":2022}""");

        var description = await CreateV2().GetDescriptionAsync(new VehicleAccess("v1", "access-1"));

        Assert.Equal(("v1", "TESLA", "Model 3", 2022), (description.VehicleId, description.Make, description.Model, description.Year));
    }

    [Fact]
    public async Task V3_snapshot_of_everything_is_one_signals_call()
    {
        var iam = new StubHttpHandler().Respond(HttpStatusCode.OK, """{"access_token":"app-1","token_type":"Bearer","expires_in":3600}""");
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v3/signals.json"));

        var snapshot = await CreateV3(iam).GetSnapshotAsync(new VehicleAccess("vehicle123", null, "user-7"), VehicleDataKinds.All);

        var request = _handler.Single();
        Assert.Equal("/v3/vehicles/vehicle123/signals", request.Uri.AbsolutePath);
        Assert.Equal("user-7", request.Header("sc-user-id"));
        Assert.Equal(1, snapshot.HttpCalls);
        Assert.Equal(new SnapshotLocation(37.7749, -122.4194, DateTimeOffset.FromUnixTimeMilliseconds(1764064740000)), snapshot.Location);
        Assert.Equal(75, snapshot.StateOfChargePercent);
        Assert.Equal(350, snapshot.Battery!.Range);
        Assert.Equal(ChargeState.Charging, snapshot.ChargeState);
        Assert.True(snapshot.IsPluggedIn);
        Assert.Empty(snapshot.Failures);
    }

    [Fact]
    public async Task V3_location_only_reads_one_signal()
    {
        var iam = new StubHttpHandler().Respond(HttpStatusCode.OK, """{"access_token":"app-1","expires_in":3600}""");
        _handler.Respond(HttpStatusCode.OK, """{"data":{"id":"location-preciselocation","type":"signal","attributes":{"code":"location-preciselocation","status":{"value":"SUCCESS"},"body":{"latitude":1.5,"longitude":2.5}},"meta":{"retrievedAt":1764064800000}}}""");

        var snapshot = await CreateV3(iam).GetSnapshotAsync(new VehicleAccess("vehicle123", null, "user-7"), VehicleDataKinds.Location);

        Assert.Equal("/v3/vehicles/vehicle123/signals/location-preciselocation", _handler.Single().Uri.AbsolutePath);
        Assert.Equal(new SnapshotLocation(1.5, 2.5, DateTimeOffset.FromUnixTimeMilliseconds(1764064800000)), snapshot.Location);
    }

    [Fact]
    public async Task V3_missing_signal_is_a_failure_not_a_zero()
    {
        var iam = new StubHttpHandler().Respond(HttpStatusCode.OK, """{"access_token":"app-1","expires_in":3600}""");
        _handler.Respond(HttpStatusCode.OK, """{"data":[{"id":"location-preciselocation","type":"signal","attributes":{"code":"location-preciselocation","status":{"value":"SUCCESS"},"body":{"latitude":1.5,"longitude":2.5}}}],"meta":{"totalCount":1}}""");

        var snapshot = await CreateV3(iam).GetSnapshotAsync(new VehicleAccess("vehicle123", null, "user-7"), VehicleDataKinds.Location | VehicleDataKinds.Battery);

        Assert.NotNull(snapshot.Location);
        Assert.Null(snapshot.StateOfChargePercent);
        Assert.Equal(VehicleDataKinds.Battery, Assert.Single(snapshot.Failures).Key);
    }

    [Fact]
    public async Task V3_snapshot_follows_next_links_until_the_needed_signals_are_found()
    {
        var iam = new StubHttpHandler().Respond(HttpStatusCode.OK, """{"access_token":"app-1","expires_in":3600}""");
        _handler
            .Respond(HttpStatusCode.OK, """{"data":[{"id":"location-preciselocation","type":"signal","attributes":{"code":"location-preciselocation","status":{"value":"SUCCESS"},"body":{"latitude":1.5,"longitude":2.5}}}],"meta":{"page":1,"pageSize":1,"totalCount":2},"links":{"next":"/vehicles/vehicle123/signals?page=2&pageSize=1"}}""")
            .Respond(HttpStatusCode.OK, """{"data":[{"id":"charge-ischarging","type":"signal","attributes":{"code":"charge-ischarging","status":{"value":"SUCCESS"},"body":{"value":false}}}],"meta":{"page":2,"pageSize":1,"totalCount":2},"links":{"next":null}}""");

        var snapshot = await CreateV3(iam).GetSnapshotAsync(new VehicleAccess("vehicle123", null, "user-7"), VehicleDataKinds.Location | VehicleDataKinds.Charge);

        Assert.Equal("https://smartcar.test/v3/vehicles/vehicle123/signals?page=2&pageSize=1", _handler.Requests[1].Uri.AbsoluteUri);
        Assert.Equal("user-7", _handler.Requests[1].Header("sc-user-id"));
        Assert.Equal(2, snapshot.HttpCalls);
        Assert.Equal(1.5, snapshot.Location!.Latitude);
        Assert.Equal(ChargeState.NotCharging, snapshot.ChargeState);
        Assert.Null(snapshot.IsPluggedIn);
    }
}
