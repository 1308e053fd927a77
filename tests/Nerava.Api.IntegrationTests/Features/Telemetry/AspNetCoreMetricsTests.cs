namespace Nerava.Api.IntegrationTests.Features.Telemetry;

/// <summary>
/// ASP.NET Core's meters carry fixed names, so every test host's MeterProvider also sees the other hosts' instruments,
/// and a host that stops takes the shared series down with it. In production there is one host per process; here these
/// tests run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(nameof(ProcessWideMeters), DisableParallelization = true)]
public sealed class ProcessWideMeters;

[Collection(nameof(ProcessWideMeters))]
public sealed class AspNetCoreMetricsTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Requests_show_up_in_the_aspnetcore_http_series(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        using var client = api.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
        (await client.GetAsync("/v1/chargers/no-such-charger")).Dispose();

        var text = await MetricsScrapeTests.WaitForScrapeAsync(client,
            t => PrometheusText.Sum(t, "http_server_request_duration_seconds_count", "http_response_status_code=\"404\"") >= 1);

        Assert.True(PrometheusText.Has(text, "http_server_request_duration_seconds_count"), "ASP.NET Core metrics missing");
        Assert.True(PrometheusText.Sum(text, "http_server_request_duration_seconds_count", "http_response_status_code=\"404\"") >= 1);
    }
}
