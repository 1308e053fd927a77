using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Tests.Resilience;

/// <summary>
/// Requests are counted as Smartcar bills them (each batch item, each v3 request or page, each retry), and a read never spends
/// more than <see cref="VehicleAccess.MaxBillableRequests"/>: retries and further pages stop at the allowance.
/// </summary>
public sealed class RequestAllowanceTests
{
    private const string Upstream502 = """{"errors":[{"status":"502","type":"UPSTREAM","code":"INVALID_DATA","title":"Bad Gateway","detail":"d"}]}""";
    private int _hits;

    private static ServiceProvider Services(string baseUrl, string apiVersion) =>
        new ServiceCollection().AddSmartcarClient(o =>
        {
            o.ClientId = TestOptions.ClientId;
            o.ClientSecret = TestOptions.ClientSecret;
            o.ConnectOrigin = o.AuthOrigin = o.ApiOrigin = o.VehicleApiOrigin = o.IamOrigin = o.ManagementOrigin = baseUrl;
            o.ApiVersion = apiVersion;
            o.MaxRetryAttempts = 2;
        }).BuildServiceProvider();

    private Task<FakeSmartcarServer> ServeAsync(string route, string method, Func<int, HttpContext, Task> handle) =>
        FakeSmartcarServer.StartAsync(app => app.MapMethods(route, [method], (HttpContext c) => handle(Interlocked.Increment(ref _hits), c)));

    private static async Task Write(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["retry-after"] = "0";
        await context.Response.WriteAsync(body);
    }

    [Theory]
    [InlineData("2.0", VehicleDataKinds.Location, 1)]
    [InlineData("2.0", VehicleDataKinds.Battery | VehicleDataKinds.Charge, 2)]
    [InlineData("2.0", VehicleDataKinds.All, 3)]
    [InlineData("3", VehicleDataKinds.Location, 1)]
    [InlineData("3", VehicleDataKinds.All, 1)]
    public void A_read_costs_one_request_per_v2_batch_item_and_one_per_v3_call(string version, VehicleDataKinds kinds, int expected)
    {
        using var services = Services("http://127.0.0.1:9", version);

        Assert.Equal(expected, services.GetRequiredService<IVehicleDataClient>().BillableRequestsPerRead(kinds));
    }

    [Fact]
    public async Task A_failed_v2_batch_of_three_bills_three_per_attempt()
    {
        await using var server = await ServeAsync("/v2.0/vehicles/{id}/batch", "POST", (_, c) => Write(c, 502, Upstream502));
        using var services = Services(server.BaseUrl, "2.0");

        var error = await Assert.ThrowsAsync<SmartcarException>(() => services.GetRequiredService<IVehicleDataClient>()
            .GetSnapshotAsync(new VehicleAccess("v1", "access-1"), VehicleDataKinds.All));

        Assert.Equal(3, _hits);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(9, error.BillableRequests);
    }

    [Fact]
    public async Task A_retry_that_would_overdraw_the_allowance_is_not_made()
    {
        await using var server = await ServeAsync("/v2.0/vehicles/{id}/batch", "POST", (hit, c) =>
            hit == 1 ? Write(c, 503, "") : Write(c, 200, Fixture.Read("v2/batch-arrival.json")));
        using var services = Services(server.BaseUrl, "2.0");

        // A batch of 3 fits an allowance of 5 once; its retry would make 6.
        var error = await Assert.ThrowsAsync<SmartcarException>(() => services.GetRequiredService<IVehicleDataClient>()
            .GetSnapshotAsync(new VehicleAccess("v1", "access-1") { MaxBillableRequests = 5 }, VehicleDataKinds.All));

        Assert.Equal(1, _hits);
        Assert.Equal(3, error.BillableRequests);
    }

    [Fact]
    public async Task V3_retries_stop_at_the_allowance_and_each_attempt_counts()
    {
        await using var server = await ServeAsync("/v3/vehicles/{id}/signals/{code}", "GET", (_, c) => Write(c, 502, Upstream502));
        using var services = Services(server.BaseUrl, "3");

        var error = await Assert.ThrowsAsync<SmartcarException>(() => services.GetRequiredService<IVehicleDataClient>()
            .GetSnapshotAsync(new VehicleAccess("v1", "access-1") { MaxBillableRequests = 2 }, VehicleDataKinds.Location));

        Assert.Equal(2, _hits);
        Assert.Equal(2, error.BillableRequests);
    }

    [Fact]
    public async Task A_successful_retry_bills_both_attempts()
    {
        await using var server = await ServeAsync("/v3/vehicles/{id}/signals", "GET", (hit, c) =>
            hit == 1 ? Write(c, 502, Upstream502) : Write(c, 200, Fixture.Read("v3/signals.json")));
        using var services = Services(server.BaseUrl, "3");

        var snapshot = await services.GetRequiredService<IVehicleDataClient>()
            .GetSnapshotAsync(new VehicleAccess("v1", "access-1") { MaxBillableRequests = 20 }, VehicleDataKinds.All);

        Assert.Equal(2, snapshot.HttpCalls);
        Assert.Equal(2, snapshot.BillableRequests);
        Assert.Equal(75, snapshot.StateOfChargePercent);
    }

    [Fact]
    public async Task V3_pages_count_and_stop_at_the_allowance()
    {
        // Page 1 holds only the location; the battery is on page 2.
        const string Page1 = """
            {"data":[{"id":"location-preciselocation","type":"signal","attributes":{"code":"location-preciselocation","status":{"value":"SUCCESS"},
              "body":{"latitude":37.7,"longitude":-122.4}},"meta":{"retrievedAt":1764064800000,"oemUpdatedAt":1764064740000}}],
             "meta":{"page":1,"pageSize":1,"totalCount":2},"links":{"next":"/vehicles/v1/signals?page=2&pageSize=1"}}
            """;
        const string Page2 = """
            {"data":[{"id":"tractionbattery-stateofcharge","type":"signal","attributes":{"code":"tractionbattery-stateofcharge","status":{"value":"SUCCESS"},
              "body":{"unit":"percent","value":64}},"meta":{"retrievedAt":1764064800000,"oemUpdatedAt":1764064740000}}],
             "meta":{"page":2,"pageSize":1,"totalCount":2},"links":{}}
            """;
        await using var server = await ServeAsync("/v3/vehicles/{id}/signals", "GET", (_, c) =>
            Write(c, 200, c.Request.Query["page"] == "2" ? Page2 : Page1));
        using var services = Services(server.BaseUrl, "3");
        var client = services.GetRequiredService<IVehicleDataClient>();
        var kinds = VehicleDataKinds.Location | VehicleDataKinds.Battery;

        var both = await client.GetSnapshotAsync(new VehicleAccess("v1", "access-1"), kinds);
        var capped = await client.GetSnapshotAsync(new VehicleAccess("v1", "access-1") { MaxBillableRequests = 1 }, kinds);

        Assert.Equal(2, both.BillableRequests);
        Assert.Equal(64, both.StateOfChargePercent);
        Assert.Equal(1, capped.BillableRequests);
        Assert.Null(capped.Battery);
        Assert.Equal(37.7, capped.Location!.Latitude);
        Assert.Equal(3, _hits);
    }
}
