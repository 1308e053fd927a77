using Microsoft.Extensions.Options;

namespace Nerava.Api.Features.Analytics;

/// <summary>
/// The one place product events go (ev_arrival.created, ev_arrival.arrived, …): kept by the local collector in the
/// embedded default, posted to PostHog's capture API when configured, and logged at debug level (a console line per event
/// was a measurable share of a write request's CPU). Fire-and-forget: analytics never fails a request.
/// </summary>
public sealed class AnalyticsSink(IHttpClientFactory http, IOptions<AnalyticsOptions> options, TimeProvider clock,
    ILogger<AnalyticsSink> logger, LocalCollector? local = null)
{
    public const string HttpClientName = "posthog";

    public void Capture(AnalyticsEvent evt, string distinctId) => Capture(evt.Name, distinctId, evt.Properties);

    public void Capture(string eventName, string distinctId, IReadOnlyDictionary<string, object?>? properties = null)
    {
        logger.LogDebug("analytics {Event} for {DistinctId} {@Properties}", eventName, distinctId, properties);
        local?.Keep(eventName, distinctId, "server", properties);
        var key = options.Value.PostHogApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        var payload = new
        {
            api_key = key,
            @event = eventName,
            distinct_id = distinctId,
            properties = properties ?? new Dictionary<string, object?>(),
            timestamp = clock.GetUtcNow(),
        };
        _ = Task.Run(async () =>
        {
            try
            {
                using var client = http.CreateClient(HttpClientName);
                using var response = await client.PostAsJsonAsync($"{options.Value.PostHogHost.TrimEnd('/')}/capture/", payload);
            }
            catch (Exception ex)
            {
                logger.LogWarning("PostHog capture of {Event} failed: {Error}", eventName, ex.GetType().Name);
            }
        });
    }
}
