using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tracking;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// One claimed batch: check the per-vehicle budgets, take the batch's share of the application bucket in one go (most
/// urgent first), poll Smartcar concurrently (no transaction open during the calls), and apply the answers in groups as
/// they arrive. An answer that decides nothing (the car moved, no event) is written with its group's others in one
/// statement; one that decides something (arrival, heads-up, fire) goes through SignalProcessor's guarded save and the
/// outbox on its own. Each group's rows are released with their next plans in one statement.
/// </summary>
public sealed class TrackBatch(TrackingBatchStore store, AppBudget budget, BatchPoller poller, PollPlanner planner, SignalProcessor signals,
    SessionReadings readings, IServiceScopeFactory scopes, IOptions<TrackingOptions> options, TimeProvider clock, ILogger<TrackBatch> logger)
{
    private readonly TrackingOptions _options = options.Value;

    public async Task RunAsync(IReadOnlyList<Guid> ids, string owner, CancellationToken ct)
    {
        var claimed = await store.LoadAsync(ids, owner, ct);
        var now = clock.GetUtcNow();
        var cadence = planner.Cadence;
        var perPoll = PollCadence.CallsPerPoll(_options.Cadence);
        var releases = new List<PollRelease>(claimed.Count);
        var wanting = new List<PollRequest>();
        foreach (var c in claimed)
        {
            if (c.Session is not { } session || !StillTracked(session))
            {
                releases.Add(PollRelease.Finished(c.Tracked.SessionId));
                continue;
            }

            var calls = planner.RecentCalls(c.Tracked, now);
            var allowedAt = CallBudget.EarliestAllowed(calls, now, perPoll, cadence.MaxCallsPerVehiclePerHour, cadence.BudgetWindow);
            if (_options.Cadence == CadenceMode.Adaptive && allowedAt > now)
            {
                releases.Add(new PollRelease(session.Id, new PollPlan(allowedAt, c.Tracked.Priority, PollReasons.Budget), c.Tracked.ClaimBy, true, calls,
                    false));
                continue;
            }

            wanting.Add(new PollRequest(session, c.Tracked.Priority, c.Tracked.ClaimBy, calls));
        }

        // Scarce calls go to the most urgent; the rest keep their claim order and come back when tokens return.
        wanting.Sort((a, b) => a.ClaimBy.CompareTo(b.ClaimBy));
        var (granted, wait) = await budget.TakeUpToAsync(wanting.Count, perPoll, ct);
        releases.AddRange(wanting.Skip(granted).Select(w =>
            new PollRelease(w.Session.Id, new PollPlan(now + wait, w.Priority, PollReasons.Budget), w.ClaimBy, true, w.Calls, false)));

        await store.ReleaseAsync(releases, owner, ct);

        // Group commit: while one group of answers is applied, the next ones arrive; each group costs a few statements
        // however many answers it holds, and no answer waits for the slowest poll of the batch.
        var answers = Channel.CreateUnbounded<PollAnswer>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var polling = poller.PollAsync(wanting.Take(granted).ToList(), perPoll, answers.Writer, stop.Token);
        var group = new List<PollAnswer>();
        try
        {
            while (await answers.Reader.WaitToReadAsync(ct))
            {
                group.Clear();
                while (answers.Reader.TryRead(out var answer))
                {
                    group.Add(answer);
                }

                await ApplyAsync(group, owner, ct);
            }
        }
        catch
        {
            // Applying failed (e.g. the database is gone): stop spending Smartcar calls; the leases run out and a later
            // round retries the rows.
            await stop.CancelAsync();
            await polling.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        await polling;
    }

    private async Task ApplyAsync(IReadOnlyList<PollAnswer> answers, string owner, CancellationToken ct)
    {
        var releases = new List<PollRelease>(answers.Count);
        var quiet = new List<(PollAnswer Answer, QuietSignal Quiet)>();
        foreach (var answer in answers)
        {
            if (answer.ReconnectRequired)
            {
                releases.Add(PollRelease.Finished(answer.Request.Session.Id));
            }
            else if (answer.Signal is null)
            {
                releases.Add(await PlanAsync(answer.Request.Session, null, answer, ct));
            }
            else if (await signals.TryQuietAsync(answer.Request.Session, answer.Signal, ct) is { } calm)
            {
                quiet.Add((answer, calm));
            }
            else if (await ProcessAloneAsync(answer, ct) is { } release)
            {
                releases.Add(release);
            }
        }

        // Written and published together; a row another writer changed meanwhile is left alone and asked again.
        var written = await readings.SaveAsync([.. quiet.Select(q => (q.Answer.Request.Session, q.Quiet.Readings))], ct);
        foreach (var (answer, calm) in quiet)
        {
            releases.Add(written.Contains(answer.Request.Session.Id)
                ? await PlanAsync(answer.Request.Session, calm.Outcome, answer, ct)
                : AskAgainNow(answer)); // Raced with another writer: the answer was not applied.
        }

        await store.ReleaseAsync(releases, owner, ct);
    }

    /// <summary>A signal that decides something: the guarded save and the outbox, in its own unit of work.</summary>
    private async Task<PollRelease?> ProcessAloneAsync(PollAnswer answer, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
            var row = await db.Sessions.FindAsync([answer.Request.Session.Id], ct);
            if (row is null)
            {
                return PollRelease.Finished(answer.Request.Session.Id);
            }

            var result = await scope.ServiceProvider.GetRequiredService<SignalProcessor>().ProcessAsync(row, answer.Signal!, null, ct);
            return result.Raced ? AskAgainNow(answer) : await PlanAsync(row, result.Outcome, answer, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Its lease runs out and a later round retries it; one bad session never stops the batch.
            logger.LogWarning(ex, "Tracking session {SessionId} failed", answer.Request.Session.Id);
            return null;
        }
    }

    private async Task<PollRelease> PlanAsync(ArrivalSessionRow session, PolicyOutcome? outcome, PollAnswer answer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var plan = await planner.PlanAsync(session, outcome, answer.Calls, now, answer.RetryAfter, ct);
        return new PollRelease(session.Id, plan, plan.ClaimBy(now), StillTracked(session), answer.Calls, true);
    }

    private PollRelease AskAgainNow(PollAnswer answer)
    {
        var now = clock.GetUtcNow();
        return new(answer.Request.Session.Id, new PollPlan(now, answer.Request.Priority, PollReasons.NoPosition), now, true, answer.Calls, true);
    }

    private static bool StillTracked(ArrivalSessionRow session) =>
        SessionStatusNames.IsActive(session.Status) && session.SmartcarVehicleId is not null && session.KitchenFiredAt is null;
}
