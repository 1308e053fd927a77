namespace Nerava.Api.Data.Entities;

/// <summary>
/// A product event kept by the local collector (embedded default): what the web app sent through posthog-js and what
/// the server captured, so the funnel can be read without a PostHog account.
/// </summary>
public sealed class AnalyticsEventRow
{
    public Guid Id { get; set; }
    public required string Event { get; set; }
    public required string DistinctId { get; set; }
    /// <summary><c>web</c> or <c>server</c>.</summary>
    public required string Source { get; set; }
    public required string PropertiesJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
