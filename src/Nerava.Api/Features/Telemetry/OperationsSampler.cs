using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Notifications;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Telemetry;

/// <summary>
/// Samples what only the database knows (open sessions by status, tracked sessions, outbox backlog per channel) into
/// <see cref="OperationsSnapshot"/> every Telemetry:SampleInterval, so a scrape never waits on a query.
/// </summary>
public sealed class OperationsSampler(IServiceScopeFactory scopes, OperationsSnapshot snapshot, IOptions<TelemetryOptions> options,
    TimeProvider clock, ILogger<OperationsSampler> logger) : BackgroundService
{
    private static readonly string[] KnownChannels = [NotificationChannel.Sms, NotificationChannel.Email];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SampleInterval, clock);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be down; the gauges keep their last value and the next tick tries again.
                logger.LogWarning("Operations sample failed: {Error}", ex.GetType().Name);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public async Task<OperationsSample> SampleAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        var active = SessionStatusNames.Active.ToList();
        var byStatus = await db.Sessions.AsNoTracking().Where(s => active.Contains(s.Status))
            .GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var tracked = await db.TrackedSessions.AsNoTracking().LongCountAsync(t => t.Active, ct);
        var unsent = new[] { OutboxStatus.Pending, OutboxStatus.Sending };
        var backlog = await db.Outbox.AsNoTracking().Where(m => unsent.Contains(m.Status))
            .GroupBy(m => m.Channel).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var channels = new List<OutboxChannelSample>();
        foreach (var channel in KnownChannels.Union(backlog.Select(b => b.Key)))
        {
            var count = backlog.FirstOrDefault(b => b.Key == channel)?.Count ?? 0;
            // Ordering (not MIN) because SQLite stores these as ticks through a converter.
            var oldest = count == 0 ? null : await db.Outbox.AsNoTracking().Where(m => m.Channel == channel && unsent.Contains(m.Status))
                .OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct);
            channels.Add(new OutboxChannelSample(channel, count, oldest));
        }

        var statuses = active.ToDictionary(SessionStatusNames.ToWire, s => byStatus.FirstOrDefault(b => b.Key == s)?.Count ?? 0);
        var sample = new OperationsSample(clock.GetUtcNow(), statuses, tracked, channels);
        snapshot.Set(sample);
        return sample;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
