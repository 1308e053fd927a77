using System.Text.Json;
using Microsoft.Extensions.Options;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Arrival;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Tracking;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// Plans a tracked session's next poll from its current row: the configured cadence and per-vehicle budget (counting the
/// requests the next poll's reads will cost), on the cars' clock. Used after a poll (TrackBatch) and after a webhook push
/// (PushReplanner).
/// </summary>
public sealed class PollPlanner(SignalProcessor signals, IVehiclePoller poller, IOptions<TrackingOptions> options, IVehicleClockScale vehicleClock)
{
    public CadenceOptions Cadence { get; } = new(options.Value.MaxCallsPerVehiclePerHour);

    public async Task<PollPlan> PlanAsync(ArrivalSessionRow session, PolicyOutcome? outcome, IReadOnlyList<DateTimeOffset> calls,
        DateTimeOffset now, TimeSpan? retryAfter, CancellationToken ct)
    {
        var (snapshot, _) = await signals.SnapshotAsync(session, ct);
        var cost = poller.RequestsPerPoll(KindsOf(PollReadings.For(snapshot)));
        return PollCadence.Plan(options.Value.Cadence, snapshot, outcome, calls, now, Cadence, retryAfter, cost).OnClockFasterBy(vehicleClock.Factor, now);
    }

    /// <summary>The row's Smartcar call times still inside the per-vehicle budget window.</summary>
    public List<DateTimeOffset> RecentCalls(TrackedSession tracked, DateTimeOffset now)
    {
        var calls = JsonSerializer.Deserialize<List<DateTimeOffset>>(tracked.RecentCallsJson) ?? [];
        calls.RemoveAll(c => c < now - Cadence.BudgetWindow);
        return calls;
    }

    /// <summary>What the session's next poll must read (see PollReadings), from its row.</summary>
    public static VehicleDataKinds KindsFor(ArrivalSessionRow session)
    {
        var afterCharge = session.SmartcarEnabled && (session.ChargeCompleteTrigger || session.TargetSocPercent is not null);
        return KindsOf(PollReadings.For(session.Status, afterCharge ? FireTrigger.AfterCharge : FireTrigger.OnArrival,
            session.KitchenFiredAt is not null));
    }

    private static VehicleDataKinds KindsOf(Readings readings) =>
        (readings.HasFlag(Readings.Position) ? VehicleDataKinds.Location : VehicleDataKinds.None)
        | (readings.HasFlag(Readings.Charge) ? VehicleDataKinds.Battery | VehicleDataKinds.Charge : VehicleDataKinds.None);
}
