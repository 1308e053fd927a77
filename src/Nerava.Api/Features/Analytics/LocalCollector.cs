using System.Text.Json;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Analytics;

/// <summary>
/// The embedded default's stand-in for PostHog: keeps every product event (the web app's and the server's) in the
/// database so /dev/analytics/view can list the funnel. Only registered when dev routes are on.
/// </summary>
public sealed class LocalCollector(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LocalCollector> logger)
{
    public const int MaxPropertiesChars = 8000;

    /// <summary>Switched on when the collector's endpoints are mapped (dev routes); server events are kept only then.</summary>
    public bool Enabled { get; set; }

    /// <summary>Stores one event in the background; never throws into the caller.</summary>
    public void Keep(string eventName, string distinctId, string source, IReadOnlyDictionary<string, object?>? properties)
    {
        if (!Enabled)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
                db.AnalyticsEvents.Add(Row(eventName, distinctId, source, JsonSerializer.Serialize(properties ?? new Dictionary<string, object?>())));
                await db.SaveChangesAsync();
            }
            catch (Exception ex)
            {
                logger.LogWarning("Keeping analytics event {Event} failed: {Error}", eventName, ex.GetType().Name);
            }
        });
    }

    public AnalyticsEventRow Row(string eventName, string distinctId, string source, string propertiesJson) => new()
    {
        Id = Guid.NewGuid(),
        Event = Trim(eventName, 200),
        DistinctId = Trim(distinctId, 200),
        Source = source,
        PropertiesJson = propertiesJson.Length <= MaxPropertiesChars ? propertiesJson : "{}",
        CreatedAt = clock.GetUtcNow(),
    };

    private static string Trim(string value, int max) => value.Length <= max ? value : value[..max];
}
