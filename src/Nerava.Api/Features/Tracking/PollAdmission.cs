using Microsoft.Extensions.Options;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tracking;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// Decides which claimed rows poll now. Each poll reads only what the policy needs and costs the requests Smartcar will count for
/// that read. Adaptive: the per-vehicle budget must have room for it, and the poll may spend no more than the room left (retries
/// included). Then the batch's share of the application bucket is taken in one go, most urgent first. Rows that stop being
/// tracked or must wait are released with their next plan in one statement.
/// </summary>
public sealed class PollAdmission(TrackingBatchStore store, AppBudget budget, PollPlanner planner, IVehiclePoller poller,
    IOptions<TrackingOptions> options, TimeProvider clock, TrackingMetrics metrics, Hosting.NeravaMetrics exported)
{
    private readonly TrackingOptions _options = options.Value;

    public async Task<IReadOnlyList<PollRequest>> AdmitAsync(IReadOnlyList<Guid> ids, string owner, CancellationToken ct)
    {
        var claimed = await store.LoadAsync(ids, owner, ct);
        var now = clock.GetUtcNow();
        var cadence = planner.Cadence;
        var releases = new List<PollRelease>(claimed.Count);
        var wanting = new List<(PollRequest Request, DateTimeOffset DueAt)>();
        foreach (var c in claimed)
        {
            if (c.Session is not { } session || !StillTracked(session))
            {
                releases.Add(PollRelease.Finished(c.Tracked.SessionId));
                continue;
            }

            var calls = planner.RecentCalls(c.Tracked, now);
            var kinds = PollPlanner.KindsFor(session);
            var cost = Math.Clamp(poller.RequestsPerPoll(kinds), 1, cadence.MaxCallsPerVehiclePerHour);
            int? allowance = null;
            if (_options.Cadence == CadenceMode.Adaptive)
            {
                var allowedAt = CallBudget.EarliestAllowed(calls, now, cost, cadence.MaxCallsPerVehiclePerHour, cadence.BudgetWindow);
                if (allowedAt > now)
                {
                    releases.Add(new PollRelease(session.Id, new PollPlan(allowedAt, c.Tracked.Priority, PollReasons.Budget), c.Tracked.ClaimBy, true,
                        calls, false));
                    exported.BudgetDenied("vehicle");
                    continue;
                }

                allowance = CallBudget.Remaining(calls, now, cadence.MaxCallsPerVehiclePerHour, cadence.BudgetWindow);
            }

            var request = new PollRequest(session, c.Tracked.Priority, c.Tracked.ClaimBy, calls) { Kinds = kinds, Cost = cost, MaxRequests = allowance };
            wanting.Add((request, c.Tracked.NextPollAt));
        }

        // Scarce calls go to the most urgent; the rest keep their claim order and come back when tokens return.
        wanting.Sort((a, b) => a.Request.ClaimBy.CompareTo(b.Request.ClaimBy));
        var (granted, wait) = await budget.TakeInOrderAsync([.. wanting.Select(w => w.Request.Cost)], ct);
        releases.AddRange(wanting.Skip(granted).Select(w =>
            new PollRelease(w.Request.Session.Id, new PollPlan(now + wait, w.Request.Priority, PollReasons.Budget), w.Request.ClaimBy, true,
                w.Request.Calls, false)));
        exported.BudgetDenied("application", wanting.Count - granted);
        await store.ReleaseAsync(releases, owner, ct);

        var admitted = wanting.Take(granted).ToList();
        foreach (var (_, dueAt) in admitted)
        {
            // The engine's own probe (the capacity bench reads it) and the exported series (/metrics, the admin page).
            metrics.PollStarted(now - dueAt);
            exported.PollStarted(now - dueAt);
        }

        return [.. admitted.Select(a => a.Request)];
    }

    public static bool StillTracked(ArrivalSessionRow session) =>
        SessionStatusNames.IsActive(session.Status) && session.SmartcarVehicleId is not null && session.KitchenFiredAt is null;
}
