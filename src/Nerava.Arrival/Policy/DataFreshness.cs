namespace Nerava.Arrival.Policy;

/// <summary>
/// Whether connected-car data is too old to be arrival evidence. Smartcar stamps each signal with when it fetched the
/// value (<c>retrievedAt</c>) and when the car recorded it (<c>oemUpdatedAt</c>), and webhooks have been seen arriving an
/// hour late. Data older than the limit by either stamp is stale: it is recorded, never evidence. A missing stamp says
/// nothing; a stamp from the future comes from another clock (a time-scaled simulator) and is not stale.
/// </summary>
public static class DataFreshness
{
    /// <summary>The product's limit (<c>Tracking:MaxDataAgeMinutes</c> overrides it).</summary>
    public static TimeSpan DefaultMaxAge { get; } = TimeSpan.FromMinutes(10);

    public static bool IsStale(DateTimeOffset? retrievedAt, DateTimeOffset? oemUpdatedAt, DateTimeOffset now, TimeSpan maxAge) =>
        IsOlder(retrievedAt, now, maxAge) || IsOlder(oemUpdatedAt, now, maxAge);

    private static bool IsOlder(DateTimeOffset? stamp, DateTimeOffset now, TimeSpan maxAge) => stamp is { } at && now - at > maxAge;
}
