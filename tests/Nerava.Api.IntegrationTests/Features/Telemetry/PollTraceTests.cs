using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Trace;

namespace Nerava.Api.IntegrationTests.Features.Telemetry;

/// <summary>A Smartcar-tracked arrival is one trace too: poll → apply → signal → transition → outbox send; the poll series move.</summary>
public sealed class PollTraceTests
{
    private static Dictionary<string, string?> FastTracking() => new()
    {
        ["Tracking:IdleDelay"] = "00:00:00.100",
        ["Tracking:MaxCallsPerVehiclePerHour"] = "1000",
        ["Telemetry:MeterName"] = MetricsScrapeTests.OwnMeter(),
    };

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_polled_arrival_traces_from_the_poll_to_the_kitchen_text_and_counts_polls_and_calls(TestDatabase db)
    {
        var spans = new List<Activity>();
        await using var api = await NeravaApiFactory.CreateAsync(db, FastTracking(), s => s.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans)));
        using var scraper = api.CreateClient();
        var before = await scraper.GetStringAsync("/metrics");
        var (driver, _) = await api.LoginDriverAsync();
        var vehicle = await api.ConnectCarAsync(driver, Demo.SanAntonioChargerLat + 0.022, Demo.SanAntonioChargerLng);
        var create = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            lat = Demo.SanAntonioChargerLat + 0.022,
            lng = Demo.SanAntonioChargerLng,
            use_smartcar = true,
        });
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).Id();
        (await driver.BindOrderAsync(id, $"P-{Guid.NewGuid():N}"[..9])).EnsureSuccessStatusCode();
        var sim = api.CreateClient();
        (await sim.PutAsJsonAsync("/smartcar-sim/admin/clock", new { time_scale = 40 })).EnsureSuccessStatusCode();
        (await sim.PostAsJsonAsync($"/smartcar-sim/admin/vehicles/{vehicle}/trips",
            new { to_lat = Demo.SanAntonioChargerLat, to_lng = Demo.SanAntonioChargerLng, speed_kmh = 40 })).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await api.StatusAsync(id) is "pending_order" or "awaiting_arrival")
        {
            Assert.True(DateTime.UtcNow < deadline, "The car never arrived.");
            // Compressed time: make the session due again so the worker polls on the simulator's clock.
            await api.WithDbAsync(d => d.TrackedSessions.Where(t => t.SessionId == Guid.Parse(id))
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.NextPollAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            await Task.Delay(300);
        }

        await api.WaitForStatusAsync(id, "merchant_notified");
        var signal = await Spans.WaitForAsync(() => spans.ToArray().FirstOrDefault(a => a.OperationName == "arrival.signal"
            && a.GetTagItem("nerava.session_id")?.ToString() == id && (string?)a.GetTagItem("nerava.signal.source") == "smartcar"
            && spans.ToArray().Any(t => t.TraceId == a.TraceId && (string?)t.GetTagItem("nerava.outbox.kind") == "kitchen_fire")
            // The poll's span ends after the apply returns, which can be after the send.
            && spans.ToArray().Any(t => t.TraceId == a.TraceId && t.OperationName == "tracking.poll")));
        var trace = spans.ToArray().Where(a => a.TraceId == signal.TraceId).ToList();
        var apply = Assert.Single(trace, a => a.SpanId == signal.ParentSpanId);
        Assert.Equal("tracking.apply", apply.OperationName);
        var poll = Assert.Single(trace, a => a.SpanId == apply.ParentSpanId);
        Assert.Equal("tracking.poll", poll.OperationName);
        Assert.Equal(id, poll.GetTagItem("nerava.session_id")?.ToString());
        var arrived = Assert.Single(trace, a => a.OperationName == "session.transition" && a.ParentSpanId == signal.SpanId
                                                && (string?)a.GetTagItem("nerava.status.to") == "arrived");
        Assert.Contains(trace, a => a.OperationName == "outbox.send" && a.ParentSpanId == arrived.SpanId
                                    && (string?)a.GetTagItem("nerava.outbox.kind") == "kitchen_fire");

        var after = await scraper.GetStringAsync("/metrics");
        Assert.True(PrometheusText.Sum(after, "nerava_tracking_polls_total") > PrometheusText.Sum(before, "nerava_tracking_polls_total"));
        Assert.True(PrometheusText.Sum(after, "nerava_tracking_poll_lag_seconds_count") > PrometheusText.Sum(before, "nerava_tracking_poll_lag_seconds_count"));
        Assert.True(PrometheusText.Sum(after, "nerava_smartcar_calls_total", "outcome=\"ok\"")
                    > PrometheusText.Sum(before, "nerava_smartcar_calls_total", "outcome=\"ok\""));
        Assert.True(PrometheusText.Sum(after, "nerava_arrivals_total", "source=\"smartcar\"")
                    >= PrometheusText.Sum(before, "nerava_arrivals_total", "source=\"smartcar\"") + 1);
    }
}
