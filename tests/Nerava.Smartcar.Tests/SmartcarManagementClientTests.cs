using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Nerava.Smartcar.Management;
using Nerava.Smartcar.Tests.Infrastructure;

namespace Nerava.Smartcar.Tests;

public sealed class SmartcarManagementClientTests
{
    private readonly StubHttpHandler _handler = new();

    private SmartcarManagementClient CreateClient(string? amt = "test-amt") =>
        new(_handler.CreateClient(), TestOptions.Wrap(TestOptions.Create(o => o.ApplicationManagementToken = amt)), new FakeTimeProvider());

    [Fact]
    public async Task Get_connections_uses_basic_default_amt_and_snake_case_filters()
    {
        _handler.Respond(HttpStatusCode.OK, """{"connections":[{"userId":"u1","vehicleId":"v1","connectedAt":"2026-11-01T12:00:00Z","mode":"live"}],"paging":{"cursor":"next-1"}}""");

        var response = await CreateClient().GetConnectionsAsync(vehicleId: "v1", limit: 5);

        var request = _handler.Single();
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("https://smartcar.test/v2.0/management/connections?vehicle_id=v1&limit=5", request.Uri.AbsoluteUri);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("default:test-amt")), request.Header("Authorization"));
        var connection = Assert.Single(response.Data.Connections);
        Assert.Equal(new ManagementConnection("v1", "u1", new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero), "live"), connection);
        Assert.Equal("next-1", response.Data.Cursor);
    }

    [Fact]
    public async Task Delete_connections_requires_exactly_one_filter()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CreateClient().DeleteConnectionsAsync("u1", "v1"));
        await Assert.ThrowsAsync<ArgumentException>(() => CreateClient().DeleteConnectionsAsync());
        Assert.Empty(_handler.Requests);

        _handler.Respond(HttpStatusCode.OK, """{"connections":[{"userId":"u1","vehicleId":"v1"}]}""");
        var response = await CreateClient().DeleteConnectionsAsync(userId: "u1");

        Assert.Equal(HttpMethod.Delete, _handler.Single().Method);
        Assert.Equal("?user_id=u1", _handler.Single().Uri.Query);
        Assert.Equal("v1", Assert.Single(response.Data).VehicleId);
    }

    [Fact]
    public async Task Missing_amt_fails_before_sending()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => CreateClient(amt: null).GetConnectionsAsync());
        Assert.Empty(_handler.Requests);
    }
}
