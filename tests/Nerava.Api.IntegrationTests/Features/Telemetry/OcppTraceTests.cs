using System.Diagnostics;
using Nerava.Api.IntegrationTests.Features.Ocpp;
using OpenTelemetry.Trace;

namespace Nerava.Api.IntegrationTests.Features.Telemetry;

/// <summary>A charger arrival is one trace too: the charge point's StartTransaction CALL → signal → transition → outbox send.</summary>
public sealed class OcppTraceTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_charger_arrival_traces_from_the_start_transaction_call_to_the_kitchen_text(TestDatabase db)
    {
        var spans = new List<Activity>();
        await using var api = await NeravaApiFactory.CreateAsync(db, testServices: s =>
            s.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans)));
        var site = await api.NewSiteAsync();
        var registered = await api.RegisterChargePointAsync(site);
        await using var point = await api.ConnectChargePointAsync(registered);
        var (driver, id) = await api.SessionAtAsync(site);

        (await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 2 })).EnsureSuccessStatusCode();
        await api.WaitForStatusAsync(id, "merchant_notified");

        var signal = await Spans.WaitForAsync(() => spans.ToArray().FirstOrDefault(a => a.OperationName == "arrival.signal"
            && a.GetTagItem("nerava.session_id")?.ToString() == id && (string?)a.GetTagItem("nerava.signal.source") == "charger"
            && spans.ToArray().Any(t => t.TraceId == a.TraceId && (string?)t.GetTagItem("nerava.outbox.kind") == "kitchen_fire")
            // The CALL's span is exported when the CALLRESULT is written, which can be after the send.
            && spans.ToArray().Any(t => t.SpanId == a.ParentSpanId)));
        var trace = spans.ToArray().Where(a => a.TraceId == signal.TraceId).ToList();
        var call = Assert.Single(trace, a => a.SpanId == signal.ParentSpanId);
        Assert.Equal(("ocpp.call", ActivityKind.Server), (call.OperationName, call.Kind));
        Assert.Equal("StartTransaction", call.GetTagItem("nerava.ocpp.action"));
        Assert.Equal(registered.GetProperty("charge_point_id").GetString(), call.GetTagItem("nerava.ocpp.charge_point_id"));
        // Its own trace, not the hours-long WebSocket request's: a root, linked to the connection's span.
        Assert.Equal(default, call.ParentSpanId);
        var socket = Assert.Single(call.Links).Context;
        Assert.NotEqual(call.TraceId, socket.TraceId);
        var arrived = Assert.Single(trace, a => a.OperationName == "session.transition" && a.ParentSpanId == signal.SpanId
                                                && (string?)a.GetTagItem("nerava.status.to") == "arrived");
        Assert.Contains(trace, a => a.OperationName == "outbox.send" && a.ParentSpanId == arrived.SpanId
                                    && (string?)a.GetTagItem("nerava.outbox.kind") == "kitchen_fire");
        // Every other CALL (boot, status notifications) is a trace of its own as well.
        Assert.Contains(spans.ToArray(), a => a.OperationName == "ocpp.call" && (string?)a.GetTagItem("nerava.ocpp.action") == "BootNotification"
                                              && a.TraceId != call.TraceId && a.ParentSpanId == default);
    }
}
