using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tracking;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.Features.Tracking;

public enum TrackOutcome { Polled, Deferred, Finished }

/// <summary>
/// One claimed session: check the budgets, poll Smartcar (no transaction open during the call), feed the answer to the
/// arrival policy as a Signal, then plan and write the next poll and release the lease.
/// </summary>
public sealed class TrackOne(NeravaDbContext db, IVehiclePoller poller, SignalProcessor signals, AppBudget budget,
    IOptions<TrackingOptions> options, IVehicleClockScale vehicleClock, TimeProvider clock, ILogger<TrackOne> logger)
{
    private readonly TrackingOptions _options = options.Value;

    public async Task<TrackOutcome> RunAsync(Guid sessionId, string owner, CancellationToken ct)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var tracked = await db.TrackedSessions.AsNoTracking().SingleAsync(t => t.SessionId == sessionId, ct);
        if (session is null || !SessionStatusNames.IsActive(SessionStore.StatusOf(session)) || session.SmartcarVehicleId is null
            || session.KitchenFiredAt is not null)
        {
            await ReleaseAsync(sessionId, owner, null, active: false, ct);
            return TrackOutcome.Finished;
        }

        var mode = _options.Cadence;
        var cadence = new CadenceOptions(_options.MaxCallsPerVehiclePerHour);
        var calls = JsonSerializer.Deserialize<List<DateTimeOffset>>(tracked.RecentCallsJson) ?? [];
        var now = clock.GetUtcNow();
        calls.RemoveAll(c => c < now - cadence.BudgetWindow);
        var perPoll = PollCadence.CallsPerPoll(mode);
        if (mode == CadenceMode.Adaptive && CallBudget.EarliestAllowed(calls, now, perPoll, cadence.MaxCallsPerVehiclePerHour, cadence.BudgetWindow) > now)
        {
            var at = CallBudget.EarliestAllowed(calls, now, perPoll, cadence.MaxCallsPerVehiclePerHour, cadence.BudgetWindow);
            await ReleaseAsync(sessionId, owner, new PollPlan(at, tracked.Priority, PollReasons.Budget), true, ct, calls);
            return TrackOutcome.Deferred;
        }

        var (allowed, wait) = await budget.TryTakeAsync(perPoll, ct);
        if (!allowed)
        {
            // Scarce calls: the row keeps its priority, so the most urgent sessions are claimed first when tokens return.
            await ReleaseAsync(sessionId, owner, new PollPlan(now + wait, tracked.Priority, PollReasons.Budget), true, ct, calls);
            return TrackOutcome.Deferred;
        }

        TimeSpan? retryAfter = null;
        PolicyOutcome? outcome = null;
        try
        {
            var snapshot = await poller.PollAsync(session.DriverId, session.SmartcarVehicleId, VehicleDataKinds.All, ct);
            calls.AddRange(Enumerable.Repeat(clock.GetUtcNow(), perPoll));
            if (snapshot.Failures.Count > 0)
            {
                // Batch items fail one by one (e.g. 429 on the vehicle): honour the longest Retry-After.
                retryAfter = snapshot.Failures.Values.Max(f => f.RetryAfter);
            }

            var result = await signals.ProcessAsync(session, VehicleSignals.FromSnapshot(snapshot, SignalSource.Smartcar, clock.GetUtcNow()), null, ct);
            outcome = result.Outcome;
            if (result.Raced)
            {
                // The session changed under us (e.g. the order was bound): the answer was not applied, so ask again
                // at once with the fresh row rather than planning from a state that no longer exists.
                await ReleaseAsync(sessionId, owner, new PollPlan(clock.GetUtcNow(), tracked.Priority, PollReasons.NoPosition), true, ct,
                    calls, polled: true);
                return TrackOutcome.Polled;
            }
        }
        catch (SmartcarException ex) when (ex.ErrorType is SmartcarErrorType.RateLimit or SmartcarErrorType.VehicleState
                                               or SmartcarErrorType.Upstream or SmartcarErrorType.Server)
        {
            calls.Add(clock.GetUtcNow());
            retryAfter = ex.RetryAfter ?? (ex.ErrorType == SmartcarErrorType.VehicleState ? _options.AsleepBackoff : TimeSpan.FromMinutes(1));
            logger.LogInformation("Smartcar {Type}:{Code} for session {SessionId}; next try in {Delay}", ex.Type, ex.Code, sessionId, retryAfter);
        }
        catch (ReconnectRequiredException)
        {
            await ReleaseAsync(sessionId, owner, null, active: false, ct);
            return TrackOutcome.Finished;
        }

        var (snapshotNow, _, _) = await signals.SnapshotAsync(session, session.ChargerId, ct);
        var planned = clock.GetUtcNow();
        var plan = PollCadence.Plan(mode, snapshotNow, outcome, calls, planned, cadence, retryAfter).OnClockFasterBy(vehicleClock.Factor, planned);
        var stillTracked = SessionStatusNames.IsActive(snapshotNow.Status) && session.KitchenFiredAt is null;
        await ReleaseAsync(sessionId, owner, plan, stillTracked, ct, calls, polled: true);
        return stillTracked ? TrackOutcome.Polled : TrackOutcome.Finished;
    }

    private Task ReleaseAsync(Guid id, string owner, PollPlan? plan, bool active, CancellationToken ct, List<DateTimeOffset>? calls = null,
        bool polled = false)
    {
        var now = clock.GetUtcNow();
        var json = JsonSerializer.Serialize(calls ?? []);
        var next = plan?.NextPollAt ?? now;
        var priority = plan?.Priority ?? 0;
        // Guarded by the lease owner: a worker whose lease expired cannot overwrite the row's new owner.
        return db.TrackedSessions.Where(t => t.SessionId == id && t.LeaseOwner == owner).ExecuteUpdateAsync(u => u
            .SetProperty(t => t.NextPollAt, next).SetProperty(t => t.Priority, priority).SetProperty(t => t.Active, active)
            .SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(t => t.RecentCallsJson, json).SetProperty(t => t.PollCount, t => t.PollCount + (polled ? 1 : 0))
            .SetProperty(t => t.UpdatedAt, now), ct);
    }
}
