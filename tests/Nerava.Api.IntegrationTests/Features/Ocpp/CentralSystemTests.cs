using System.Net.WebSockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Ocpp;
using Nerava.Ocpp.Messages;

namespace Nerava.Api.IntegrationTests.Features.Ocpp;

/// <summary>Real WebSocket OCPP 1.6-J clients against the central system at /ocpp/{chargePointId}.</summary>
public sealed class CentralSystemTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Boot_heartbeat_status_authorize_start_meter_values_and_stop_are_answered(TestDatabase db)
    {
        var api = await fixture.For(db);
        var registered = await api.RegisterChargePointAsync(await api.NewSiteAsync());
        var id = registered.GetProperty("charge_point_id").GetString()!;
        Assert.Equal($"ws://localhost/ocpp/{id}", registered.GetProperty("url").GetString());
        Assert.Equal([1, 2], registered.GetProperty("stalls").EnumerateArray().Select(s => s.GetInt32()));
        await using var point = await api.ConnectChargePointAsync(registered, boot: false);

        var boot = await point.BootAsync(None);
        var beat = await point.HeartbeatAsync(None);
        await point.StatusAsync(2, ConnectorStatuses.Faulted, None);
        var authorized = await point.AuthorizeAsync("04A2B3C4D5E6F7", None);
        var started = await point.StartTransactionAsync(1, "04A2B3C4D5E6F7", None, meterStart: 1200, at: DateTimeOffset.UtcNow.AddSeconds(-1));
        await point.MeterValuesAsync(1, started.TransactionId, 42, None);
        await point.StopTransactionAsync(started.TransactionId, "EVDisconnected", None, meterStop: 9200);
        var unknownStop = await point.CallAsync<StopTransactionResponse>("StopTransaction",
            new StopTransactionRequest(987_654_321, 10, DateTimeOffset.UtcNow), None);
        var vendor = await point.CallAsync<DataTransferResponse>("DataTransfer", new DataTransferRequest("com.example.unknown", "x"), None);

        Assert.Equal(("Accepted", 300), (boot.Status, boot.Interval));
        Assert.InRange(beat.CurrentTime, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("Accepted", authorized);
        Assert.True(started.TransactionId > 0);
        Assert.Equal("Accepted", started.IdTagInfo.Status);
        Assert.Null(unknownStop.IdTagInfo);
        Assert.Equal("UnknownVendorId", vendor.Status);
        var (tx, connector, cp) = await api.WithDbAsync(async d => (
            await d.OcppTransactions.AsNoTracking().SingleAsync(t => t.Id == started.TransactionId),
            await d.ChargePointConnectors.AsNoTracking().SingleAsync(c => c.ChargePointId == id && c.ConnectorId == 2),
            await d.ChargePoints.AsNoTracking().SingleAsync(c => c.Id == id)));
        Assert.Equal((1200, 9200, "EVDisconnected", 42.0), (tx.MeterStart, tx.MeterStop, tx.StopReason, tx.LastSocPercent));
        Assert.Equal("Faulted", connector.Status);
        Assert.Equal(("Nerava", "SimDC-62"), (cp.Vendor, cp.Model));
        Assert.NotNull(cp.ConnectedInstance);
        Assert.DoesNotContain(registered.GetProperty("authorization_key").GetString()!, cp.AuthorizationKeyHash, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_resent_start_transaction_gets_the_same_transaction_id(TestDatabase db)
    {
        var api = await fixture.For(db);
        await using var point = await api.ConnectChargePointAsync(await api.RegisterChargePointAsync(await api.NewSiteAsync()));
        var at = DateTimeOffset.UtcNow.AddSeconds(-5);

        var first = await point.StartTransactionAsync(1, "CARD-1", None, 10, at);
        var again = await point.StartTransactionAsync(1, "card-1", None, 10, at);
        var other = await point.StartTransactionAsync(2, "CARD-2", None, 10, at);

        Assert.Equal(first.TransactionId, again.TransactionId);
        Assert.NotEqual(first.TransactionId, other.TransactionId);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Malformed_frames_get_the_right_callerror_and_the_connection_stays_open(TestDatabase db)
    {
        var api = await fixture.For(db);
        var registered = await api.RegisterChargePointAsync(await api.NewSiteAsync());
        using var socket = await api.RawSocketAsync(registered.GetProperty("charge_point_id").GetString()!,
            registered.GetProperty("authorization_key").GetString()!);

        Assert.StartsWith("""[4,"m1","OccurenceConstraintViolation",""",
            await socket.ExchangeAsync("""[2,"m1","BootNotification",{"chargePointVendor":"X"}]"""), StringComparison.Ordinal);
        Assert.StartsWith("""[4,"m2","PropertyConstraintViolation",""",
            await socket.ExchangeAsync("""[2,"m2","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Sleeping"}]"""), StringComparison.Ordinal);
        Assert.StartsWith("""[4,"m3","TypeConstraintViolation",""",
            await socket.ExchangeAsync("""[2,"m3","StartTransaction",{"connectorId":"1","idTag":"A","meterStart":0,"timestamp":"2026-11-30T10:00:00Z"}]"""),
            StringComparison.Ordinal);
        Assert.StartsWith("""[4,"m4","FormationViolation",""", await socket.ExchangeAsync("""[2,"m4","Heartbeat",{"extra":1}]"""), StringComparison.Ordinal);
        Assert.StartsWith("""[4,"m5","NotImplemented",""", await socket.ExchangeAsync("""[2,"m5","GetDiagnostics",{}]"""), StringComparison.Ordinal);
        Assert.StartsWith("""[4,"m6","FormationViolation",""", await socket.ExchangeAsync("""[2,"m6","Heartbeat"]"""), StringComparison.Ordinal);
        Assert.EndsWith(",{}]", await socket.ExchangeAsync("""[2,"m7","Heartbeat",[]]"""), StringComparison.Ordinal);
        // Not a frame at all (nothing to answer to), then a good CALL: the connection is still open and answering.
        await socket.SendAsync(System.Text.Encoding.UTF8.GetBytes("""{"not":"ocpp"}"""), WebSocketMessageType.Text, true, None);
        Assert.StartsWith("""[3,"m8",{"currentTime":""", await socket.ExchangeAsync("""[2,"m8","Heartbeat",{}]"""), StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Bad_credentials_unknown_ids_and_a_wrong_subprotocol_are_refused_at_the_upgrade(TestDatabase db)
    {
        var api = await fixture.For(db);
        var registered = await api.RegisterChargePointAsync(await api.NewSiteAsync());
        var id = registered.GetProperty("charge_point_id").GetString()!;
        var key = registered.GetProperty("authorization_key").GetString()!;

        var badKey = await Assert.ThrowsAnyAsync<Exception>(() => api.RawSocketAsync(id, key[..^1] + (key[^1] == 'A' ? 'B' : 'A')));
        var unknown = await Assert.ThrowsAnyAsync<Exception>(() => api.RawSocketAsync("CP-NOBODY", key));
        var otherId = await Assert.ThrowsAnyAsync<Exception>(() => api.RawSocketAsync(id, key, subprotocol: "ocpp2.0.1"));
        var noProtocol = await Assert.ThrowsAnyAsync<Exception>(() => api.RawSocketAsync(id, key, subprotocol: ""));

        Assert.Contains("401", badKey.Message, StringComparison.Ordinal);
        Assert.Contains("401", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("400", otherId.Message, StringComparison.Ordinal);
        Assert.Contains("400", noProtocol.Message, StringComparison.Ordinal);
        using var client = api.CreateClient();
        var plain = await client.GetAsync($"/ocpp/{id}");
        Assert.Equal(HttpStatusCode.Unauthorized, plain.StatusCode);
        Assert.Contains("Basic", plain.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        await ProblemAssert.IsAsync(plain, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_reconnect_replaces_the_old_socket_and_a_command_queued_while_offline_is_delivered_after_it(TestDatabase db)
    {
        var api = await fixture.For(db);
        var registered = await api.RegisterChargePointAsync(await api.NewSiteAsync());
        var id = registered.GetProperty("charge_point_id").GetString()!;
        var first = await api.ConnectChargePointAsync(registered);
        await using var second = await api.ConnectChargePointAsync(registered);
        await WaitAsync(() => !first.IsConnected, "the older socket closed");
        await second.HeartbeatAsync(None);
        await second.DisconnectAsync();
        await first.DisposeAsync();
        await WaitAsync(async () => await api.WithDbAsync(d => d.ChargePoints.AnyAsync(c => c.Id == id && c.ConnectedInstance == null)), "offline");

        var command = await api.WithScopeAsync(s => s.GetRequiredService<OcppCommands>().RemoteStopAsync(id, 4242, null, None));
        await using var third = await api.ConnectChargePointAsync(registered);

        await WaitAsync(() => third.Received.Any(r => r.Action == "RemoteStopTransaction" && r.Payload.GetProperty("transactionId").GetInt32() == 4242),
            "the queued command delivered");
        await WaitAsync(async () => await api.WithDbAsync(d => d.OcppCommands.AnyAsync(c => c.Id == command.Id && c.Status == "answered")), "answered");
        Assert.Contains("Rejected", (await api.WithDbAsync(d => d.OcppCommands.SingleAsync(c => c.Id == command.Id))).ResultJson, StringComparison.Ordinal);
    }

    internal static Task WaitAsync(Func<bool> condition, string what) => WaitAsync(() => Task.FromResult(condition()), what);

    internal static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }
}
