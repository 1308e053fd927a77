namespace Nerava.Api.Features.Analytics;

public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    /// <summary>PostHog project API key for server events; empty means they are only logged (and kept locally, below).</summary>
    public string PostHogApiKey { get; set; } = "";
    public string PostHogHost { get; set; } = "https://us.i.posthog.com";

    /// <summary>
    /// Where the web app's posthog-js sends events. Empty: the embedded default's local collector (<c>/dev/analytics</c>)
    /// when dev routes are on, else no web analytics.
    /// </summary>
    public string WebHost { get; set; } = "";

    /// <summary>The public (write-only) project key the web app uses; PostHog's project keys are meant to be public.</summary>
    public string WebApiKey { get; set; } = "";
}
