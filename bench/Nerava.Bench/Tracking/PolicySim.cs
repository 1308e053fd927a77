using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tracking;
using Nerava.Smartcar;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;
using static System.FormattableString;
using CarChargeState = Nerava.Smartcar.Vehicles.ChargeState;
using ChargeState = Nerava.Arrival.Policy.ChargeState;

namespace Nerava.Bench.Tracking;

/// <summary>
/// Discrete-event replica of the API's tracking engine on a virtual clock, for <c>Adaptive</c> and the API's <c>Fixed60s</c>
/// mode: worker rounds every second claiming due rows in claim_by order; PollAdmission's checks (the reads the policy needs and
/// their cost in requests for the API version, the per-vehicle budget with the request allowance, the application bucket);
/// the poll through the .NET client (latency, 502s retried within the allowance, every attempt counted); the answer turned into
/// a Signal by the API's own VehicleSignals and decided by ArrivalPolicy as SignalProcessor does; PollCadence.Plan for the
/// next poll, counting the next read's requests; and webhook pushes re-planning an idle row as PushReplanner does.
/// </summary>
internal sealed class PolicySim(CadenceMode mode, ApiVersion api, CadenceOptions cadence, SmartcarModel smartcar, TokenBucket? bucket,
    TextWriter? trace = null, int? traceTrip = null)
{
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);
    private static readonly IReadOnlyDictionary<VehicleDataKinds, SmartcarException> NoFailures = new Dictionary<VehicleDataKinds, SmartcarException>();

    private readonly PriorityQueue<Event, (long Round, int Kind, long Order, long Exact, long Seq)> _queue = new();
    private long _seq;
    private TokenBucketState? _bucketState;
    private IReadOnlyList<SimSession> _sessions = [];

    /// <summary>What-if: claim due rows by static priority (the order before claim_by), so waiting never ages a row.</summary>
    public bool StaticPriorityOrdering { get; init; }

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
            sessions[i].ClaimBy = sessions[i].Trip.SessionStart;
            sessions[i].NextDueAt = sessions[i].Trip.SessionStart;
            ScheduleDue(i, sessions[i].Trip.SessionStart);
            foreach (var (recorded, delivered) in sessions[i].Trip.Quirks.Webhooks)
            {
                Schedule(new Event(EventKind.Webhook, i, delivered, 0, recorded), Quantize(delivered), 0, 0);
            }
        }

        while (_queue.TryDequeue(out var ev, out var key))
        {
            var s = sessions[ev.Session];
            switch (ev.Kind)
            {
                case EventKind.Answer:
                    Answer(ev.Session, s, ev.At);
                    break;
                case EventKind.Webhook:
                    Webhook(ev.Session, s, ev.At, ev.RecordedAt);
                    break;
                case EventKind.Due when ev.Generation == s.Generation:
                    Due(ev.Session, s, new DateTimeOffset(key.Round, TimeSpan.Zero));
                    break;
            }
        }
    }

    // ---- PollAdmission + BatchPoller ----

    private (bool Position, bool Charge) Reads(SimSession s)
    {
        var readings = PollReadings.For(Snapshot(s));
        // SmartcarVehiclePoller reads every part when that costs no more requests (v3's signal list).
        return api == ApiVersion.V3 ? (true, true) : (readings.HasFlag(Readings.Position), readings.HasFlag(Readings.Charge));
    }

    private int Cost(SimSession s)
    {
        var (position, charge) = Reads(s);
        return SmartcarModel.RequestsFor(api, position, charge);
    }

    private void Due(int index, SimSession s, DateTimeOffset now)
    {
        if (!s.Tracking || s.PollInFlight)
        {
            return;
        }

        if (now > s.Trip.Horizon)
        {
            s.Tracking = false;
            return;
        }

        s.RecordedCalls.RemoveAll(c => c < now - cadence.BudgetWindow);
        var cost = Cost(s);
        int? allowance = null;
        if (mode == CadenceMode.Adaptive)
        {
            var allowedAt = CallBudget.EarliestAllowed(s.RecordedCalls, now, cost, cadence.MaxCallsPerVehiclePerHour, cadence.BudgetWindow);
            if (allowedAt > now)
            {
                Trace(s, now, Invariant($"per-vehicle budget: deferred to +{(allowedAt - now).TotalSeconds:F0} s"));
                s.BudgetDeferrals++;
                s.Reason = PollReasons.Budget;
                s.NextDueAt = allowedAt;
                ScheduleDue(index, allowedAt);
                return;
            }

            allowance = CallBudget.Remaining(s.RecordedCalls, now, cadence.MaxCallsPerVehiclePerHour, cadence.BudgetWindow);
        }

        if (bucket is not null)
        {
            var (granted, next, wait) = bucket.TakeInOrder(_bucketState!, now, [cost]);
            _bucketState = next;
            if (granted == 0)
            {
                s.BucketDeferrals++;
                s.WaitingForTokenSince ??= now;
                // A wait that rounds to zero (tokens a hair below n) must still move the virtual clock to the next round.
                s.NextDueAt = wait < Round ? now + Round : now + wait;
                ScheduleDue(index, s.NextDueAt);
                return;
            }
        }

        var waited = TimeSpan.Zero;
        if (s.WaitingForTokenSince is { } since)
        {
            waited = now - since;
            s.TokenWait += waited;
            s.WaitingForTokenSince = null;
        }

        // The .NET client: attempts until one succeeds or the retries (capped by the allowance) run out; each counts `cost`.
        var at = now;
        var attempts = 0;
        CarReading? reading = null;
        var failure = false;
        while (true)
        {
            attempts++;
            s.TrueCalls.AddRange(Enumerable.Repeat(at, cost));
            var latency = smartcar.Latency(s.Rng);
            if (s.Rng.NextDouble() >= smartcar.ServerErrorShare)
            {
                reading = SmartcarWorld.Read(s.Trip, at, smartcar, s.Rng);
                at += latency;
                break;
            }

            at += latency;
            var canRetry = attempts <= smartcar.MaxRetryAttempts && (allowance is not { } max || (attempts + 1) * cost <= max);
            if (!canRetry)
            {
                failure = true;
                break;
            }

            at += SmartcarModel.Backoff(attempts - 1, s.Rng);
        }

        s.CallLog.Add(new CallRecord(now, s.Reason, Band(s, now), attempts * cost, waited));
        s.PollInFlight = true;
        s.Pending = new PendingPoll(now, attempts * cost, reading, failure);
        Schedule(new Event(EventKind.Answer, index, at), Quantize(at), 0, 0);
    }

    // ---- AnswerApplier ----

    private void Answer(int index, SimSession s, DateTimeOffset now)
    {
        var pending = s.Pending!;
        s.PollInFlight = false;
        s.RecordedCalls.AddRange(Enumerable.Repeat(now, pending.Requests));
        PolicyOutcome? outcome = null;
        TimeSpan? retryAfter = null;
        if (pending.Failed)
        {
            retryAfter = TimeSpan.FromMinutes(1);
        }
        else if (pending.Reading is { Asleep: true })
        {
            retryAfter = TimeSpan.FromMinutes(5); // TrackingOptions.AsleepBackoff
        }
        else
        {
            var signal = SignalFor(s, pending.Reading!, now);
            outcome = Apply(s, signal, now);
            TraceAnswer(s, pending, signal, outcome, now);
        }

        Replan(index, s, outcome, now, retryAfter);
    }

    private void Replan(int index, SimSession s, PolicyOutcome? outcome, DateTimeOffset now, TimeSpan? retryAfter)
    {
        if (!SessionStatusNames.IsActive(s.Status) || s.KitchenFired)
        {
            s.Tracking = false;
            return;
        }

        var plan = PollCadence.Plan(mode, Snapshot(s), outcome, s.RecordedCalls, now, cadence, retryAfter, Cost(s));
        s.NextDueAt = plan.NextPollAt;
        s.Priority = plan.Priority;
        s.ClaimBy = plan.ClaimBy(now);
        s.Reason = plan.Reason;
        ScheduleDue(index, plan.NextPollAt);
    }

    private DateTimeOffset PlanAt(SimSession s, PolicyOutcome outcome, DateTimeOffset now) =>
        PollCadence.Plan(mode, Snapshot(s), outcome, s.RecordedCalls, now, cadence, null, Cost(s)).NextPollAt;

    /// <summary>The answer as the client returns it (v2: FULLY_CHARGED; v3: charging or not), through VehicleSignals.FromSnapshot.</summary>
    private Signal SignalFor(SimSession s, CarReading r, DateTimeOffset receivedAt)
    {
        var (position, charge) = Reads(s);
        var state = api == ApiVersion.V3 && r.State == CarChargeState.FullyCharged ? CarChargeState.NotCharging : r.State;
        var snapshot = new VehicleSnapshot(
            s.VehicleId,
            position && r.Position is { } p ? new SnapshotLocation(p.Lat, p.Lng, r.RecordedAt) : null,
            charge ? new SnapshotBattery(r.Soc, null, r.RecordedAt) : null,
            charge ? new SnapshotCharge(state, r.PluggedIn, r.RecordedAt) : null,
            new ResponseMeta(r.RecordedAt, receivedAt, "metric", null),
            1,
            1,
            NoFailures);
        return VehicleSignals.FromSnapshot(snapshot, SignalSource.Smartcar, receivedAt);
    }

    // ---- Webhooks (SmartcarWebhook → SignalProcessor → PushReplanner) ----

    private void Webhook(int index, SimSession s, DateTimeOffset now, DateTimeOffset recordedAt)
    {
        if (!s.Tracking)
        {
            return;
        }

        var r = SmartcarWorld.Reading(s.Trip, recordedAt, smartcar, s.Rng);
        var charging = r.State == CarChargeState.Charging;
        var signal = new Signal(SignalSource.SmartcarWebhook, now,
            r.Position is { } p ? new PositionFix(p, null, recordedAt) : null,
            new ChargeReading(r.Soc, charging ? ChargeState.Charging : ChargeState.NotCharging, r.PluggedIn, recordedAt));
        var outcome = Apply(s, signal, now);
        Trace(s, now, Invariant($"webhook recorded {(now - recordedAt).TotalMinutes:F0} min ago: {string.Join(",", outcome.Decisions.Select(d => d.GetType().Name))}"));
        var tookTheFix = outcome.Memory.LastFix()?.At == recordedAt;
        if (!s.PollInFlight && (tookTheFix || !SessionStatusNames.IsActive(s.Status) || s.KitchenFired || PlanAt(s, outcome, now) <= s.NextDueAt))
        {
            s.Generation++;
            Replan(index, s, outcome, now, null);
        }
        else if (!SessionStatusNames.IsActive(s.Status) || s.KitchenFired)
        {
            s.Tracking = false;
        }
    }

    // ---- SignalProcessor ----

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
                        s.ArrivalTrueDistanceM = s.Trip.DistanceToChargerM(signal.Position?.At ?? now);
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
                    s.HeadsUps++;
                    break;
            }
        }

        return outcome;
    }

    /// <summary>SignalProcessor.SnapshotAsync: destination = the charger, prep time 5 min, memory from the row.</summary>
    private static SessionSnapshot Snapshot(SimSession s) =>
        new(s.Status, s.Trip.Charger, s.Trip.AfterCharge ? FireTrigger.AfterCharge : FireTrigger.OnArrival, s.Trip.TargetSoc,
            TimeSpan.FromMinutes(SimSession.PrepMinutes), s.KitchenFired, s.HeadsUpSent, s.Memory)
        { ChargerId = s.Trip.ChargerId };

    public static string Band(SimSession s, DateTimeOffset at)
    {
        if (SessionStatusNames.IsArrived(s.Status))
        {
            return Bands.Charging;
        }

        var km = s.Trip.DistanceToChargerM(at) / 1000;
        return km > 20 ? Bands.Over20Km : km > 5 ? Bands.From5To20Km : km > 1 ? Bands.From1To5Km : Bands.Under1Km;
    }

    private void TraceAnswer(SimSession s, PendingPoll pending, Signal signal, PolicyOutcome outcome, DateTimeOffset now)
    {
        if (trace is null || (traceTrip is not null && traceTrip != s.Trip.Index))
        {
            return;
        }

        var reported = signal.Position is { } p ? GeoMath.DistanceMeters(s.Trip.Charger, p.Point) : double.NaN;
        var atFix = signal.Position is { } f ? Invariant($" (true {s.Trip.DistanceToChargerM(f.At):F0} m at the fix, taken +{(f.At - s.Trip.SessionStart).TotalSeconds:F0} s)") : "";
        var soc = signal.Charge is { } c ? Invariant($" soc {c.SocPercent:F1} {c.State}") : "";
        Trace(s, now, Invariant($"answer to poll at +{(pending.SentAt - s.Trip.SessionStart).TotalSeconds:F0} s ({pending.Requests} req): true {s.Trip.DistanceToChargerM(now):F0} m, fix {reported:F0} m{atFix}{soc}; ")
            + Invariant($"{string.Join(",", outcome.Decisions.Select(d => d.GetType().Name))} status {s.Status}; speed {s.Memory.SpeedMps:F1} eta {s.Memory.EtaMinutes:F1}"));
    }

    private void Trace(SimSession s, DateTimeOffset now, string what)
    {
        if (trace is not null && (traceTrip is null || traceTrip == s.Trip.Index))
        {
            var entry = s.Trip.ArrivesAt is { } e ? Invariant($"+{(e - s.Trip.SessionStart).TotalSeconds:F0}") : "never";
            trace.WriteLine(Invariant($"    trip {s.Trip.Index} {s.Policy} t+{(now - s.Trip.SessionStart).TotalSeconds,6:F0} s (entry {entry}): {what}"));
        }
    }

    private void ScheduleDue(int index, DateTimeOffset at) =>
        Schedule(new Event(EventKind.Due, index, at, _sessions[index].Generation), Quantize(at), 1,
            StaticPriorityOrdering ? _sessions[index].Priority : _sessions[index].ClaimBy.UtcTicks);

    private void Schedule(Event ev, DateTimeOffset round, int kind, long order) =>
        _queue.Enqueue(ev, (round.UtcTicks, kind, order, ev.At.UtcTicks, _seq++));

    // Worker rounds: a row due at t is claimed at the next whole second (IdleDelay = 1 s); answers are handled as they come.
    private static DateTimeOffset Quantize(DateTimeOffset at)
    {
        var ticks = (at.UtcTicks + Round.Ticks - 1) / Round.Ticks * Round.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private enum EventKind
    {
        Answer,
        Webhook,
        Due,
    }

    private readonly record struct Event(EventKind Kind, int Session, DateTimeOffset At, int Generation = 0, DateTimeOffset RecordedAt = default);
}

/// <summary>A poll on its way: sent at, requests spent, what came back (null after a failure).</summary>
internal sealed record PendingPoll(DateTimeOffset SentAt, int Requests, CarReading? Reading, bool Failed);

internal static class Bands
{
    public const string Over20Km = "over_20km";
    public const string From5To20Km = "5_20km";
    public const string From1To5Km = "1_5km";
    public const string Under1Km = "under_1km";
    public const string Charging = "charging";

    public static IReadOnlyList<string> All { get; } = [Over20Km, From5To20Km, From1To5Km, Under1Km, Charging];
}
