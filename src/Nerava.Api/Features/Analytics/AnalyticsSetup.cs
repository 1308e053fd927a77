namespace Nerava.Api.Features.Analytics;

public static class AnalyticsSetup
{
    /// <summary>The analytics sink (logs, and PostHog when <c>Analytics:PostHogApiKey</c> is set).</summary>
    public static IServiceCollection AddNeravaAnalytics(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.SectionName);
        services.AddHttpClient(AnalyticsSink.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<AnalyticsSink>();
        services.AddSingleton<LocalCollector>();
        return services;
    }
}
