using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Telemetry;

namespace Nerava.Api.Features.Admin;

public sealed record OutboxChannelView(string Channel, long Backlog, double OldestPendingAgeS);
public sealed record RecentView(int Count, double MeanS, double MaxS);
public sealed record FailureView(Guid Id, string Kind, string Channel, string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt);

public sealed record OperationsView(DateTimeOffset SampledAt, IReadOnlyDictionary<string, long> SessionsByStatus, long TrackedSessions,
    IReadOnlyList<OutboxChannelView> Outbox, RecentView TrackingLag, RecentView SendLatency, IReadOnlyDictionary<string, double> Totals,
    IReadOnlyList<FailureView> RecentFailures);

/// <summary>
/// GET /v1/admin/operations: live operations for the admin page, from the same sample the /metrics gauges read and the
/// same instruments' totals (this instance's, since it started), plus the latest outbox failures.
/// </summary>
public static class AdminOperationsEndpoints
{
    public static void MapAdminOperations(this RouteGroupBuilder admin) => admin.MapGet("/operations", GetAsync);

    private static async Task<OperationsView> GetAsync(OperationsSampler sampler, MetricTotals totals, NeravaDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        var sample = await sampler.SampleAsync(ct);
        var now = clock.GetUtcNow();
        // Ids, kinds and provider errors only: recipients and bodies stay out of the page.
        var failures = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Failed || (m.Status == OutboxStatus.Pending && m.Attempts > 0))
            .OrderByDescending(m => m.NextAttemptAt).Take(20)
            .Select(m => new FailureView(m.Id, m.Kind, m.Channel, m.Status, m.Attempts, m.LastError, m.CreatedAt)).ToListAsync(ct);
        var lag = totals.Recent("nerava.tracking.poll.lag");
        var send = totals.Recent("nerava.outbox.send.latency");
        return new OperationsView(sample.At, sample.SessionsByStatus, sample.TrackedSessions,
            [.. sample.Outbox.Select(o => new OutboxChannelView(o.Channel, o.Backlog, Math.Round(o.OldestPendingAgeSeconds(now), 1)))],
            new RecentView(lag.Count, Math.Round(lag.Mean, 3), Math.Round(lag.Max, 3)), new RecentView(send.Count, Math.Round(send.Mean, 3), Math.Round(send.Max, 3)),
            totals.Totals, failures);
    }
}
