using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Nerava.Api.IntegrationTests.Features.Telemetry;

/// <summary>One check-in is one trace: HTTP request → signal → transition, and later the outbox send under the same trace.</summary>
public sealed class CheckInTraceTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_check_in_trace_runs_from_the_request_through_the_transition_to_the_outbox_send(TestDatabase db)
    {
        var spans = new List<Activity>();
        await using var api = await NeravaApiFactory.CreateAsync(db, testServices: s =>
            s.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans)));
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        var order = $"T-{Guid.NewGuid():N}"[..10];
        (await driver.BindOrderAsync(id, order)).EnsureSuccessStatusCode();

        var traceId = ActivityTraceId.CreateRandom();
        using var checkIn = new HttpRequestMessage(HttpMethod.Post, $"/v1/arrival/{id}/confirm-arrival")
        {
            Content = JsonContent.Create(new { charger_id = Demo.SanAntonioCharger, lat = Demo.SanAntonioChargerLat, lng = Demo.SanAntonioChargerLng, accuracy_m = 15 }),
        };
        checkIn.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        (await driver.SendAsync(checkIn)).EnsureSuccessStatusCode();

        // The request span ends (and is exported) after the response is written, which can be after the
        // kitchen text was sent: wait for both ends of the trace.
        var trace = await WaitForAsync(spans, traceId, t => t.Any(IsCheckInRequest)
                                                            && t.Any(a => (string?)a.GetTagItem("nerava.status.to") == "merchant_notified"));
        var server = Assert.Single(trace, IsCheckInRequest);
        var signal = Assert.Single(trace, a => a.OperationName == "arrival.signal");
        var transition = Assert.Single(trace, a => a.OperationName == "session.transition" && (string?)a.GetTagItem("nerava.status.to") == "arrived");
        var send = Assert.Single(trace, a => a.OperationName == "outbox.send" && (string?)a.GetTagItem("nerava.outbox.kind") == "kitchen_fire"
                                              && (string?)a.GetTagItem("nerava.outbox.channel") == "sms");
        Assert.Equal(server.SpanId, signal.ParentSpanId);
        Assert.Equal("manual", signal.GetTagItem("nerava.signal.source"));
        Assert.Equal(signal.SpanId, transition.ParentSpanId);
        Assert.Equal(("awaiting_arrival", "arrived"), ((string?)transition.GetTagItem("nerava.status.from"), (string?)transition.GetTagItem("nerava.status.to")));
        // The kitchen message was queued with the transition, so its send hangs under it.
        Assert.Equal(transition.SpanId, send.ParentSpanId);
        Assert.Equal(id, signal.GetTagItem("nerava.session_id")?.ToString());
        // The send's own work (the dev outbox write) is inside it: database spans are its children.
        Assert.Contains(trace, a => a.ParentSpanId == send.SpanId);
        Assert.Contains(trace, a => a.ParentSpanId == transition.SpanId);
        // Delivery moves the session on (arrived → merchant_notified) inside the send, still the same trace.
        var notified = Assert.Single(trace, a => (string?)a.GetTagItem("nerava.status.to") == "merchant_notified");
        Assert.Contains(trace, a => a.OperationName == "outbox.send" && a.SpanId == notified.ParentSpanId);
    }

    private static bool IsCheckInRequest(Activity a) =>
        a.Kind == ActivityKind.Server && a.DisplayName.Contains("confirm-arrival", StringComparison.Ordinal);

    private static async Task<List<Activity>> WaitForAsync(List<Activity> spans, ActivityTraceId traceId, Func<List<Activity>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            var trace = Snapshot(spans).Where(a => a.TraceId == traceId).ToList();
            if (done(trace) || DateTime.UtcNow > deadline)
            {
                return trace;
            }

            await Task.Delay(50);
        }
    }

    // The exporter appends from other threads: copy (which never throws on a concurrent append) rather than enumerate.
    private static Activity[] Snapshot(List<Activity> spans) => spans.ToArray();
}
