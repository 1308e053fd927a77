namespace Nerava.Api.IntegrationTests.Features.Telemetry;

/// <summary>/metrics: the documented series exist and move when a driver arrives.</summary>
public sealed class MetricsScrapeTests
{
    private static Dictionary<string, string?> FastSampling() => new()
    {
        ["Telemetry:SampleInterval"] = "00:00:00.200",
        ["Telemetry:MeterName"] = OwnMeter(),
    };

    /// <summary>Listeners subscribe by meter name: a name of its own keeps other test hosts' figures (and their disposal) out.</summary>
    public static string OwnMeter() => $"Nerava.Api.Test.{Guid.NewGuid():N}";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_arrival_moves_the_arrival_otp_and_outbox_series(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, FastSampling());
        using var scraper = api.CreateClient();
        var before = await scraper.GetStringAsync("/metrics");

        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id, $"M-{Guid.NewGuid():N}"[..10])).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        await api.WaitForStatusAsync(id, "merchant_notified");

        var after = await WaitForScrapeAsync(scraper, text =>
            PrometheusText.Sum(text, "nerava_outbox_send_latency_seconds_count", "channel=\"sms\"")
            > PrometheusText.Sum(before, "nerava_outbox_send_latency_seconds_count", "channel=\"sms\"")
            && PrometheusText.Has(text, "nerava_sessions_active"));
        // A phone check-in alone is confidence 1 (see ArrivalEvidence).
        Assert.True(PrometheusText.Sum(after, "nerava_arrivals_total", "source=\"manual\"", "confidence=\"1\"")
                    >= PrometheusText.Sum(before, "nerava_arrivals_total", "source=\"manual\"", "confidence=\"1\"") + 1);
        Assert.True(PrometheusText.Sum(after, "nerava_otp_sends_total", "outcome=\"sent\"")
                    >= PrometheusText.Sum(before, "nerava_otp_sends_total", "outcome=\"sent\"") + 1);
        Assert.True(PrometheusText.Sum(after, "nerava_outbox_send_latency_seconds_bucket", "le=\"+Inf\"")
                    > PrometheusText.Sum(before, "nerava_outbox_send_latency_seconds_bucket", "le=\"+Inf\""));
        foreach (var gauge in new[] { "nerava_outbox_backlog", "nerava_outbox_oldest_pending_age_seconds", "nerava_tracking_sessions" })
        {
            Assert.True(PrometheusText.Has(after, gauge), $"{gauge} missing from /metrics");
        }

        Assert.Contains("# TYPE nerava_outbox_send_latency_seconds histogram", after, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Webhook_and_signalr_series_count_what_happened(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Telemetry:MeterName"] = OwnMeter() });
        using var scraper = api.CreateClient();
        var before = await scraper.GetStringAsync("/metrics");

        using var client = api.CreateClient();
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/smartcar")
        {
            Content = new StringContent("""{"eventId":"e1","eventType":"VEHICLE_STATE","data":{}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        forged.Headers.Add("SC-Signature", new string('0', 64));
        var response = await client.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        var after = await scraper.GetStringAsync("/metrics");
        Assert.True(PrometheusText.Sum(after, "nerava_webhook_events_total", "provider=\"smartcar\"", "outcome=\"bad_signature\"")
                    >= PrometheusText.Sum(before, "nerava_webhook_events_total", "provider=\"smartcar\"", "outcome=\"bad_signature\"") + 1);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Metrics_behind_a_proxy_is_404_unless_the_scrape_token_is_presented(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Telemetry:MetricsToken"] = "scrape-secret-for-tests" });
        using var client = api.CreateClient();
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        proxied.Headers.Add("X-Forwarded-For", "203.0.113.9");
        await ProblemAssert.IsAsync(await client.SendAsync(proxied), HttpStatusCode.NotFound, "NOT_FOUND");

        using var wrongToken = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrongToken.Headers.Add("X-Forwarded-For", "203.0.113.9");
        wrongToken.Headers.Authorization = new("Bearer", "scrape-secret-for-tests-wrong");
        await ProblemAssert.IsAsync(await client.SendAsync(wrongToken), HttpStatusCode.NotFound, "NOT_FOUND");

        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        withToken.Headers.Add("X-Forwarded-For", "203.0.113.9");
        withToken.Headers.Authorization = new("Bearer", "scrape-secret-for-tests");
        var ok = await client.SendAsync(withToken);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("nerava_", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static async Task<string> WaitForScrapeAsync(HttpClient scraper, Func<string, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            var text = await scraper.GetStringAsync("/metrics");
            if (until(text) || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(100);
        }
    }
}
