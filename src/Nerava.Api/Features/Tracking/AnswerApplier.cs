using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Tracking;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// Applies a group of poll answers. An answer that decides nothing (the car moved, no event) is written with the group's others
/// in one statement; one that decides something (arrival, heads-up, fire) goes through SignalProcessor's guarded save and the
/// outbox on its own (<see cref="DecideAsync"/>), several at once. The group's rows are released with their next plans in one
/// statement, and requests spent beyond what was taken up front (retries, pages) are charged to the application bucket once.
/// </summary>
public sealed class AnswerApplier(TrackingBatchStore store, AppBudget budget, PollPlanner planner, SignalProcessor signals,
    SessionReadings readings, IServiceScopeFactory scopes, TimeProvider clock, TrackingMetrics metrics, ILogger<AnswerApplier> logger)
{
    private const int DecisionsAtOnce = 16;

    public async Task ApplyAsync(IReadOnlyList<PollAnswer> answers, string owner, CancellationToken ct)
    {
        var deciding = await ApplyQuietAsync(answers, owner, ct);
        using var gate = new SemaphoreSlim(DecisionsAtOnce);
        await Task.WhenAll(deciding.Select(async answer =>
        {
            await gate.WaitAsync(ct);
            try
            {
                await DecideAsync(answer, owner, ct);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>
    /// Applies and releases every answer of the group that decides nothing, in a few statements, and returns the ones that decide
    /// something: each is a unit of work of its own for <see cref="DecideAsync"/>, so the continuous pipeline lets them run while
    /// the next groups are applied.
    /// </summary>
    public async Task<IReadOnlyList<PollAnswer>> ApplyQuietAsync(IReadOnlyList<PollAnswer> answers, string owner, CancellationToken ct)
    {
        var releases = new List<PollRelease>(answers.Count);
        var quiet = new List<(PollAnswer Answer, QuietSignal Quiet)>();
        var deciding = new List<PollAnswer>();
        foreach (var answer in answers)
        {
            if (answer.ReconnectRequired)
            {
                releases.Add(PollRelease.Finished(answer.Request.Session.Id));
                await MarkNeedsReconnectAsync(answer.Request.Session.Id, ct);
            }
            else if (answer.Signal is null)
            {
                releases.Add(await PlanAsync(planner, answer.Request.Session, null, answer, ct));
            }
            else if (await signals.TryQuietAsync(answer.Request.Session, answer.Signal, ct) is { } calm)
            {
                quiet.Add((answer, calm));
            }
            else
            {
                deciding.Add(answer);
            }
        }

        // Written and published together; a row another writer changed meanwhile is left alone and asked again.
        var written = await readings.SaveAsync([.. quiet.Select(q => (q.Answer.Request.Session, q.Quiet.Readings))], ct);
        foreach (var (answer, calm) in quiet)
        {
            releases.Add(written.Contains(answer.Request.Session.Id)
                ? await PlanAsync(planner, answer.Request.Session, calm.Outcome, answer, ct)
                : AskAgainNow(answer)); // Raced with another writer: the answer was not applied.
        }

        await store.ReleaseAsync(releases, owner, ct);
        await budget.ChargeAsync(answers.Sum(a => Math.Max(0, a.Requests - a.Request.Cost)), ct);
        metrics.Applied(answers.Count - deciding.Count, 0);

        return deciding;
    }

    /// <summary>An answer that decides something: the guarded save with the outbox, then the row's release, in a scope of its own.</summary>
    public async Task DecideAsync(PollAnswer answer, string owner, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var release = await ProcessAloneAsync(scope.ServiceProvider, answer, ct);
        await scope.ServiceProvider.GetRequiredService<TrackingBatchStore>().ReleaseAsync([release], owner, ct);
        metrics.Applied(1, 1);
    }

    /// <summary>A signal that decides something: the guarded save and the outbox, in its own unit of work.</summary>
    private async Task<PollRelease> ProcessAloneAsync(IServiceProvider scope, PollAnswer answer, CancellationToken ct)
    {
        // The poll's span ended when Smartcar answered; applying its answer joins the same trace.
        using var span = Hosting.NeravaTracing.ApplyPoll(answer.Trace, answer.Request.Session.Id);
        try
        {
            var row = await scope.GetRequiredService<NeravaDbContext>().Sessions.FindAsync([answer.Request.Session.Id], ct);
            if (row is null)
            {
                return PollRelease.Finished(answer.Request.Session.Id);
            }

            var result = await scope.GetRequiredService<SignalProcessor>().ProcessAsync(row, answer.Signal!, null, ct);
            return result.Raced ? AskAgainNow(answer) : await PlanAsync(scope.GetRequiredService<PollPlanner>(), row, result.Outcome, answer, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad session never stops the group; its requests are still recorded, and it is tried again in a minute.
            logger.LogWarning(ex, "Tracking session {SessionId} failed", answer.Request.Session.Id);
            var now = clock.GetUtcNow();
            return new PollRelease(answer.Request.Session.Id, new PollPlan(now + TimeSpan.FromMinutes(1), answer.Request.Priority, PollReasons.RetryAfter),
                answer.Request.ClaimBy, true, answer.Calls, true);
        }
    }

    private async Task<PollRelease> PlanAsync(PollPlanner planning, ArrivalSessionRow session, PolicyOutcome? outcome, PollAnswer answer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var plan = await planning.PlanAsync(session, outcome, answer.Calls, now, answer.RetryAfter, ct);
        return new PollRelease(session.Id, plan, plan.ClaimBy(now), PollAdmission.StillTracked(session), answer.Calls, true);
    }

    /// <summary>Tells the driver (live) that tracking stopped until they reconnect; "I'm here" still works meanwhile.</summary>
    private async Task MarkNeedsReconnectAsync(Guid sessionId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TrackingResumption>().MarkStoppedAsync(sessionId, ct);
    }

    private PollRelease AskAgainNow(PollAnswer answer)
    {
        var now = clock.GetUtcNow();
        return new(answer.Request.Session.Id, new PollPlan(now, answer.Request.Priority, PollReasons.NoPosition), now, true, answer.Calls, true);
    }
}
