using Hangfire;

namespace Nerava.Api.Features.Jobs;

/// <summary>The single registry of recurring jobs and their schedules.</summary>
public static class RecurringJobs
{
    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<ExpirySweepJob>("expiry-sweep", j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<OutboxReconcileJob>("outbox-reconcile", j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<IdempotencyKeyPurgeJob>("idempotency-key-purge", j => j.RunAsync(CancellationToken.None), Cron.Hourly());
        jobs.AddOrUpdate<RateLimitPurgeJob>("rate-limit-purge", j => j.RunAsync(CancellationToken.None), Cron.Hourly());
    }
}
