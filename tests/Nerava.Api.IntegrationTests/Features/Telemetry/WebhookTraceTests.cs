using System.Diagnostics;
using Nerava.Api.IntegrationTests.Features.Smartcar;
using OpenTelemetry.Trace;

namespace Nerava.Api.IntegrationTests.Features.Telemetry;

/// <summary>A webhook arrival is one trace too: the webhook request → signal → transition → outbox send; the webhook series move.</summary>
public sealed class WebhookTraceTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_smartcar_push_arrival_traces_from_the_webhook_request_to_the_kitchen_text(TestDatabase db)
    {
        var spans = new List<Activity>();
        // The tracker sleeps: only the pushes move the session.
        await using var api = await NeravaApiFactory.CreateAsync(db,
            new Dictionary<string, string?> { ["Tracking:IdleDelay"] = "01:00:00", ["Telemetry:MeterName"] = MetricsScrapeTests.OwnMeter() },
            s => s.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans)));
        using var scraper = api.CreateClient();
        var before = await scraper.GetStringAsync("/metrics");
        var (vehicle, id, _) = await SmartcarWebhookRequests.TrackedSessionAsync(api);

        foreach (var (offset, at) in new[] { (0.0, DateTimeOffset.UtcNow.AddSeconds(-40)), (0.0001, DateTimeOffset.UtcNow) })
        {
            var push = SmartcarWebhookRequests.VehicleState(vehicle, Demo.SanAntonioChargerLat + offset, Demo.SanAntonioChargerLng, at);
            (await SmartcarWebhookRequests.PostSignedAsync(api, push)).EnsureSuccessStatusCode();
        }

        var signal = await Spans.WaitForAsync(() => spans.ToArray().FirstOrDefault(a => a.OperationName == "arrival.signal"
            && a.GetTagItem("nerava.session_id")?.ToString() == id && (string?)a.GetTagItem("nerava.signal.source") == "smartcar_webhook"
            && spans.ToArray().Any(t => t.TraceId == a.TraceId && (string?)t.GetTagItem("nerava.outbox.kind") == "kitchen_fire")
            // The request span is exported when the request ends, which can be after the send.
            && spans.ToArray().Any(t => t.SpanId == a.ParentSpanId)));
        var trace = spans.ToArray().Where(a => a.TraceId == signal.TraceId).ToList();
        var request = Assert.Single(trace, a => a.SpanId == signal.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Contains("webhooks/smartcar", request.DisplayName, StringComparison.Ordinal);
        var arrived = Assert.Single(trace, a => a.OperationName == "session.transition" && a.ParentSpanId == signal.SpanId
                                                && (string?)a.GetTagItem("nerava.status.to") == "arrived");
        Assert.Contains(trace, a => a.OperationName == "outbox.send" && a.ParentSpanId == arrived.SpanId
                                    && (string?)a.GetTagItem("nerava.outbox.kind") == "kitchen_fire");

        var after = await scraper.GetStringAsync("/metrics");
        Assert.True(PrometheusText.Sum(after, "nerava_webhook_events_total", "provider=\"smartcar\"", "outcome=\"accepted\"")
                    >= PrometheusText.Sum(before, "nerava_webhook_events_total", "provider=\"smartcar\"", "outcome=\"accepted\"") + 2);
        Assert.True(PrometheusText.Sum(after, "nerava_arrivals_total", "source=\"smartcar_webhook\"")
                    >= PrometheusText.Sum(before, "nerava_arrivals_total", "source=\"smartcar_webhook\"") + 1);
    }
}
