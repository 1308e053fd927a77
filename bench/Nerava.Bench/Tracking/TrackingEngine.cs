using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tracking;
using Nerava.Smartcar;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;
using static System.FormattableString;

namespace Nerava.Bench.Tracking;

/// <summary>Knobs of the simulated Smartcar.</summary>
internal sealed record SmartcarModel
{
    public TimeSpan MinLatency { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan MaxLatency { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Data age: the reading is the car's state this long before the request.</summary>
    public TimeSpan MaxDataAge { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>GPS noise, metres (σ per axis).</summary>
    public double GpsSigmaM { get; init; } = 5;
}

/// <summary>
/// Discrete-event replica of the API's tracking engine on a virtual clock: TrackingWorker rounds (1 s), DuePollClaimer's order
/// (claim_by: planning time + priority minutes, kept while deferred), TrackBatch's checks (per-vehicle budget, application bucket → re-plan at now + WaitFor keeping the
/// priority), the poll (latency 3–45 s, data = the car at the request time minus a small data age), SignalProcessor's
/// application of ArrivalPolicy decisions, and PollCadence.Plan for the next poll.
/// </summary>
internal sealed class TrackingEngine(CadenceOptions cadence, SmartcarModel smartcar, TokenBucket? bucket, TextWriter? trace = null, int? traceTrip = null)
{
    /// <summary>
    /// What-if (the API's order before claim_by): claim due rows by the static Priority, then next poll, so a row waiting
    /// for tokens never grows more urgent than newcomers.
    /// </summary>
    public bool StaticPriorityOrdering { get; init; }

    private static readonly IReadOnlyDictionary<VehicleDataKinds, SmartcarException> NoFailures = new Dictionary<VehicleDataKinds, SmartcarException>();
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);

    private readonly PriorityQueue<Event, (long Round, int Kind, long Priority, long Exact, long Seq)> _queue = new();
    private long _seq;
    private TokenBucketState? _bucketState;
    private IReadOnlyList<SimSession> _sessions = [];

    public void Run(IReadOnlyList<SimSession> sessions)
    {
        _sessions = sessions;
        if (sessions.Count == 0)
        {
            return;
        }

        _bucketState = bucket?.Full(sessions.Min(s => s.Trip.SessionStart));
        for (var i = 0; i < sessions.Count; i++)
        {
            // CreateSession inserts the tracked row due now with priority 0.
            sessions[i].Deadline = sessions[i].Trip.SessionStart;
            ScheduleDue(i, sessions[i].Trip.SessionStart, 0);
        }

        while (_queue.TryDequeue(out var ev, out var key))
        {
            var session = sessions[ev.Session];
            if (ev.Kind == EventKind.Complete)
            {
                Complete(ev.Session, session, ev.At);
            }
            else
            {
                // A worker round claims due rows at the round's time.
                Due(ev.Session, session, new DateTimeOffset(key.Round, TimeSpan.Zero));
            }
        }
    }

    private void Due(int index, SimSession s, DateTimeOffset now)
    {
        if (!s.Tracking)
        {
            return;
        }

        if (now > s.Trip.Horizon)
        {
            s.Tracking = false;
            return;
        }

        // TrackBatch: drop calls older than the window, check the per-vehicle budget, then the application bucket.
        s.RecordedCalls.RemoveAll(c => c < now - cadence.BudgetWindow);
        var perPoll = PollCadence.CallsPerPoll(s.Mode);
        if (s.Mode == CadenceMode.Adaptive)
        {
            var allowedAt = CallBudget.EarliestAllowed(s.RecordedCalls, now, perPoll, cadence.MaxCallsPerVehiclePerHour, cadence.BudgetWindow);
            if (allowedAt > now)
            {
                Trace(s, now, Invariant($"per-vehicle budget: deferred to +{(allowedAt - now).TotalSeconds:F0} s"));
                s.BudgetDeferrals++;
                ScheduleDue(index, allowedAt, s.Priority);
                return;
            }
        }

        if (bucket is not null)
        {
            var (allowed, next, wait) = bucket.TryTake(_bucketState!, now, perPoll);
            _bucketState = next;
            if (!allowed)
            {
                if (s.WaitingForTokenSince is null)
                {
                    Trace(s, now, Invariant($"no app token: waiting (priority {s.Priority}, {_bucketState!.Tokens:F2} tokens)"));
                }

                s.BucketDeferrals++;
                s.WaitingForTokenSince ??= now;
                // A wait that rounds to zero (tokens a hair below n) must still move the virtual clock to the next round.
                ScheduleDue(index, wait < Round ? now + Round : now + wait, s.Priority);
                return;
            }
        }

        var waited = TimeSpan.Zero;
        if (s.WaitingForTokenSince is { } since)
        {
            Trace(s, now, Invariant($"got a token after {(now - since).TotalSeconds:F0} s"));
            waited = now - since;
            s.TokenWait += waited;
            s.WaitingForTokenSince = null;
        }

        for (var i = 0; i < perPoll; i++)
        {
            s.TrueCalls.Add(now);
        }

        s.CallLog.Add(new CallRecord(now, s.Reason, Band(s, now), perPoll, waited));
        s.PollAt = now;
        s.DataAge = smartcar.MaxDataAge * s.Rng.NextDouble();
        var latency = smartcar.MinLatency + ((smartcar.MaxLatency - smartcar.MinLatency) * s.Rng.NextDouble());
        Schedule(new Event(EventKind.Complete, index, now + latency), Quantize(now + latency), 0, 0);
    }

    private void Complete(int index, SimSession s, DateTimeOffset now)
    {
        var perPoll = PollCadence.CallsPerPoll(s.Mode);
        for (var i = 0; i < perPoll; i++)
        {
            s.RecordedCalls.Add(now);
        }

        var signal = SignalFor(s, now);
        var outcome = Apply(s, signal, now);

        // TrackBatch plans from the fresh snapshot and the policy's outcome, and stops once fired / inactive.
        var plan = PollCadence.Plan(s.Mode, Snapshot(s), outcome, s.RecordedCalls, now, cadence);
        if (!SessionStatusNames.IsActive(s.Status) || s.KitchenFired)
        {
            s.Tracking = false;
            return;
        }

        if (trace is not null && (traceTrip is null || traceTrip == s.Trip.Index))
        {
            var reported = signal.Position is { } p ? GeoMath.DistanceMeters(s.Trip.Charger, p.Point) : double.NaN;
            var soc = signal.Charge is { } c ? Invariant($" soc {c.SocPercent:F1} {c.State}") : "";
            Trace(s, now, Invariant($"answer to poll at {(s.PollAt - s.Trip.SessionStart).TotalSeconds:F0} s: true {s.Trip.DistanceToChargerM(now):F0} m, fix {reported:F0} m{soc}; ")
                + Invariant($"{string.Join(",", outcome.Decisions.Select(d => d.GetType().Name))} status {s.Status}; speed {s.Memory.SpeedMps:F1} eta {s.Memory.EtaMinutes:F1}; ")
                + Invariant($"next +{(plan.NextPollAt - now).TotalSeconds:F0} s {plan.Reason} p{plan.Priority}"));
        }

        s.Priority = plan.Priority;
        s.Deadline = plan.ClaimBy(now);
        s.Reason = plan.Reason;
        ScheduleDue(index, plan.NextPollAt, plan.Priority);
    }

    /// <summary>The Smartcar answer turned into a Signal by the API's own VehicleSignals.FromSnapshot.</summary>
    private Signal SignalFor(SimSession s, DateTimeOffset receivedAt)
    {
        var trip = s.Trip;
        var recordedAt = s.PollAt - s.DataAge;
        var truth = trip.PositionAt(recordedAt);
        var (north, east) = (Gaussian(s.Rng) * smartcar.GpsSigmaM, Gaussian(s.Rng) * smartcar.GpsSigmaM);
        var lat = truth.Lat + (north / 111_320);
        var lng = truth.Lng + (east / (111_320 * Math.Cos(truth.Lat * Math.PI / 180)));
        var (state, plugged) = trip.ChargeAt(recordedAt);
        var perPoll = PollCadence.CallsPerPoll(s.Mode);
        var snapshot = new VehicleSnapshot(
            s.VehicleId,
            new SnapshotLocation(lat, lng, recordedAt),
            new SnapshotBattery(trip.SocAt(recordedAt), null, recordedAt),
            new SnapshotCharge(state, plugged, recordedAt),
            new ResponseMeta(recordedAt, receivedAt, "metric", null),
            perPoll,
            perPoll,
            NoFailures);
        return VehicleSignals.FromSnapshot(snapshot, SignalSource.Smartcar, receivedAt);
    }

    /// <summary>SignalProcessor.ProcessAsync without the database: decide, then apply the decisions to the "row".</summary>
    private static PolicyOutcome Apply(SimSession s, Signal signal, DateTimeOffset now)
    {
        var outcome = ArrivalPolicy.Evaluate(Snapshot(s), signal, ArrivalPolicyOptions.Default);
        if (outcome.Decisions.OfType<RejectSignal>().Any())
        {
            return outcome; // Nothing is saved, memory included.
        }

        s.Memory = outcome.Memory;
        foreach (var decision in outcome.Decisions)
        {
            switch (decision)
            {
                case MarkArrived:
                    var transition = SessionTransitions.Apply(s.Status, SessionTrigger.ArrivalVerified);
                    if (transition.Accepted)
                    {
                        s.Status = transition.To;
                        s.ArrivedAt = now;
                        s.ArrivalTrueDistanceM = s.Trip.DistanceToChargerM(now);
                    }

                    break;
                case FireKitchen fire when !s.KitchenFired:
                    s.KitchenFired = true;
                    s.FiredAt = now;
                    s.FireReason = fire.Reason;
                    break;
                case SendHeadsUp when !s.HeadsUpSent:
                    s.HeadsUpSent = true;
                    s.HeadsUpAt = now;
                    break;
                case SendChargeHeadsUp:
                    s.ChargeHeadsUpAt ??= now;
                    break;
            }
        }

        return outcome;
    }

    /// <summary>SignalProcessor.SnapshotAsync: destination = the charger, prep time 5 min, memory from the row.</summary>
    private static SessionSnapshot Snapshot(SimSession s) =>
        new(s.Status, s.Trip.Charger, s.Trip.AfterCharge ? FireTrigger.AfterCharge : FireTrigger.OnArrival, s.Trip.TargetSoc,
            TimeSpan.FromMinutes(5), s.KitchenFired, s.HeadsUpSent, s.Memory)
        { ChargerId = s.Trip.ChargerId };

    private void Trace(SimSession s, DateTimeOffset now, string what)
    {
        if (traceTrip is null || traceTrip == s.Trip.Index)
        {
            trace?.WriteLine(Invariant($"    trip {s.Trip.Index} {s.Mode} t+{(now - s.Trip.SessionStart).TotalSeconds,6:F0} s (entry t+{(s.Trip.GeofenceEntry - s.Trip.SessionStart).TotalSeconds:F0}): {what}"));
        }
    }

    public static string Band(SimSession s, DateTimeOffset at)
    {
        if (SessionStatusNames.IsArrived(s.Status))
        {
            return Bands.Charging;
        }

        var km = GeoMath.DistanceMeters(s.Trip.Charger, s.Trip.PositionAt(at)) / 1000;
        return km > 20 ? Bands.Over20Km : km > 5 ? Bands.From5To20Km : km > 1 ? Bands.From1To5Km : Bands.Under1Km;
    }

    private void ScheduleDue(int index, DateTimeOffset at, int priority) =>
        Schedule(new Event(EventKind.Due, index, at), Quantize(at), 1, StaticPriorityOrdering ? priority : _sessions[index].Deadline.UtcTicks);

    private void Schedule(Event ev, DateTimeOffset round, int kind, long priority) =>
        _queue.Enqueue(ev, (round.UtcTicks, kind, priority, ev.At.UtcTicks, _seq++));

    // Worker rounds: a row due at t is claimed at the next whole second (IdleDelay = 1 s); answers are handled as they come.
    private static DateTimeOffset Quantize(DateTimeOffset at)
    {
        var ticks = (at.UtcTicks + Round.Ticks - 1) / Round.Ticks * Round.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static double Gaussian(Random rng)
    {
        var u1 = 1 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private enum EventKind
    {
        Complete,
        Due,
    }

    private readonly record struct Event(EventKind Kind, int Session, DateTimeOffset At);
}

internal static class Bands
{
    public const string Over20Km = "over_20km";
    public const string From5To20Km = "5_20km";
    public const string From1To5Km = "1_5km";
    public const string Under1Km = "under_1km";
    public const string Charging = "charging";

    public static IReadOnlyList<string> All { get; } = [Over20Km, From5To20Km, From1To5Km, Under1Km, Charging];
}
