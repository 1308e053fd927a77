using System.Net.WebSockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Ocpp.Messages;
using Nerava.Ocpp.Security;

namespace Nerava.Api.IntegrationTests.Features.Ocpp;

/// <summary>
/// Charge points as they really connect: <see cref="ClientWebSocket"/> over TCP to the API on a loopback port (Kestrel's
/// upgrade, subprotocol negotiation and socket teardown, which the in-memory TestServer does not exercise).
/// </summary>
public sealed class TcpChargePointTests(LoopbackApiFixture fixture) : IClassFixture<LoopbackApiFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Boot_status_authorize_start_meter_values_and_stop_over_tcp(TestDatabase db)
    {
        var api = await fixture.For(db);
        var registered = await api.RegisterChargePointAsync(await api.NewSiteAsync());
        var id = registered.GetProperty("charge_point_id").GetString()!;
        Assert.Equal($"ws://{api.LoopbackAddress!.Authority}/ocpp/{id}", registered.GetProperty("url").GetString());
        await using var point = await api.ConnectChargePointAsync(registered, boot: false);

        var boot = await point.BootAsync(None);
        await point.StatusAsync(2, ConnectorStatuses.Faulted, None);
        var authorized = await point.AuthorizeAsync("04A2B3C4D5E6F7", None);
        var started = await point.StartTransactionAsync(1, "04A2B3C4D5E6F7", None, meterStart: 100, at: DateTimeOffset.UtcNow.AddSeconds(-1));
        await point.MeterValuesAsync(1, started.TransactionId, 57, None);
        await point.StopTransactionAsync(started.TransactionId, "EVDisconnected", None, meterStop: 4100);

        Assert.Equal(("Accepted", 300, "Accepted"), (boot.Status, boot.Interval, authorized));
        var (tx, connector) = await api.WithDbAsync(async d => (
            await d.OcppTransactions.AsNoTracking().SingleAsync(t => t.Id == started.TransactionId),
            await d.ChargePointConnectors.AsNoTracking().SingleAsync(c => c.ChargePointId == id && c.ConnectorId == 2)));
        Assert.Equal((100, 4100, "EVDisconnected", 57.0), (tx.MeterStart, tx.MeterStop, tx.StopReason, tx.LastSocPercent));
        Assert.Equal("Faulted", connector.Status);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Start_charging_from_the_app_reaches_the_charger_over_tcp_and_arrives_the_session(TestDatabase db)
    {
        var api = await fixture.For(db);
        var site = await api.NewSiteAsync();
        await using var point = await api.ConnectChargePointAsync(await api.RegisterChargePointAsync(site), autoCharge: true);
        var (driver, id) = await api.SessionAtAsync(site);

        var response = await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 2 });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var row = await api.WaitForSessionAsync(id, r => r.ArrivalSource == "charger", "a charger arrival over TCP");
        var remote = Assert.Single(point.Received, r => r.Action == "RemoteStartTransaction");
        Assert.Equal(2, remote.Payload.GetProperty("connectorId").GetInt32());
        Assert.Equal((2, "started"), (row.ArrivalStall, row.ChargingStatus));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_malformed_frame_gets_FormationViolation_and_the_tcp_connection_stays_open(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (id, key) = Credentials(await api.RegisterChargePointAsync(await api.NewSiteAsync()));
        using var socket = await api.RawSocketAsync(id, key);

        Assert.IsType<ClientWebSocket>(socket);
        Assert.Equal("ocpp1.6", socket.SubProtocol);
        Assert.StartsWith("""[4,"m1","FormationViolation",""", await socket.ExchangeAsync("""[2,"m1","Heartbeat"]"""), StringComparison.Ordinal);
        Assert.StartsWith("""[4,"m2","FormationViolation",""", await socket.ExchangeAsync("""[2,"m2","Heartbeat",{"extra":1}]"""), StringComparison.Ordinal);
        Assert.StartsWith("""[3,"m3",{"currentTime":""", await socket.ExchangeAsync("""[2,"m3","Heartbeat",{}]"""), StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_wrong_subprotocol_and_bad_credentials_are_refused_at_the_tcp_upgrade(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (id, key) = Credentials(await api.RegisterChargePointAsync(await api.NewSiteAsync()));

        var wrongProtocol = await Assert.ThrowsAsync<UpgradeRefusedException>(() => api.RawSocketAsync(id, key, subprotocol: "ocpp2.0.1"));
        var badKey = await Assert.ThrowsAsync<UpgradeRefusedException>(() => api.RawSocketAsync(id, key[..^1] + (key[^1] == 'A' ? 'B' : 'A')));
        var otherId = await Assert.ThrowsAsync<UpgradeRefusedException>(() =>
            api.Connector()(new Uri($"{api.Endpoint()}/{id}"), BasicCredentials.Header("CP-NOBODY", key), "ocpp1.6", None));

        Assert.Equal(HttpStatusCode.BadRequest, wrongProtocol.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, badKey.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, otherId.Status);
        Assert.False(await api.WithDbAsync(d => d.ChargePoints.AnyAsync(c => c.Id == id && c.ConnectedInstance != null)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_charger_whose_tcp_connection_drops_reconnects_and_gets_the_command_queued_meanwhile(TestDatabase db)
    {
        var api = await fixture.For(db);
        var registered = await api.RegisterChargePointAsync(await api.NewSiteAsync());
        var (id, key) = Credentials(registered);
        var dropped = await api.RawSocketAsync(id, key);
        Assert.StartsWith("""[3,"b1",""", await dropped.ExchangeAsync("""[2,"b1","BootNotification",{"chargePointVendor":"X","chargePointModel":"Y"}]"""),
            StringComparison.Ordinal);
        await CentralSystemTests.WaitAsync(async () => await IsOnlineAsync(api, id), "online");

        // The network goes away: no close handshake, the TCP connection is simply reset.
        dropped.Abort();
        dropped.Dispose();
        await CentralSystemTests.WaitAsync(async () => !await IsOnlineAsync(api, id), "offline after the drop");
        var command = await api.WithScopeAsync(s => s.GetRequiredService<Nerava.Api.Features.Ocpp.OcppCommands>().RemoteStopAsync(id, 777, null, None));
        await using var back = await api.ConnectChargePointAsync(registered);

        await CentralSystemTests.WaitAsync(() => back.Received.Any(r => r.Action == "RemoteStopTransaction"
            && r.Payload.GetProperty("transactionId").GetInt32() == 777), "the queued command delivered after the reconnect");
        Assert.True(await IsOnlineAsync(api, id));
        await CentralSystemTests.WaitAsync(async () => await api.WithDbAsync(d => d.OcppCommands.AnyAsync(c => c.Id == command.Id && c.Status == "answered")),
            "answered");
    }

    private static (string Id, string Key) Credentials(JsonElement registered) =>
        (registered.GetProperty("charge_point_id").GetString()!, registered.GetProperty("authorization_key").GetString()!);

    private static Task<bool> IsOnlineAsync(NeravaApiFactory api, string id) =>
        api.WithDbAsync(d => d.ChargePoints.AnyAsync(c => c.Id == id && c.ConnectedInstance != null));
}
