namespace Nerava.Api.Features.Telemetry;

/// <summary>Backlog and age of unsent outbox rows on one channel.</summary>
public sealed record OutboxChannelSample(string Channel, long Backlog, DateTimeOffset? OldestPendingAt)
{
    public double OldestPendingAgeSeconds(DateTimeOffset now) => OldestPendingAt is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0;
}

/// <summary>What the database looked like at the last sample; the gauges and the admin page read the same object.</summary>
public sealed record OperationsSample(DateTimeOffset At, IReadOnlyDictionary<string, long> SessionsByStatus, long TrackedSessions,
    IReadOnlyList<OutboxChannelSample> Outbox)
{
    public static readonly OperationsSample Empty = new(DateTimeOffset.MinValue, new Dictionary<string, long>(), 0, []);
}

/// <summary>Holds the latest <see cref="OperationsSample"/>.</summary>
public sealed class OperationsSnapshot
{
    private OperationsSample _latest = OperationsSample.Empty;

    public OperationsSample Latest => Volatile.Read(ref _latest);

    public void Set(OperationsSample sample) => Volatile.Write(ref _latest, sample);
}
