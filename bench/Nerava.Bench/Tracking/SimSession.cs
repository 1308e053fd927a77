using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Bench.Tracking;

/// <summary>One Smartcar poll: why it was made, where the car was, the requests it cost, how long it waited for an application token.</summary>
internal readonly record struct CallRecord(DateTimeOffset At, string Reason, string Band, int Calls, TimeSpan TokenWait);

/// <summary>
/// One trip under one policy: the state the API (or the seed) keeps for the session, and what the benchmark measures about it.
/// </summary>
internal sealed class SimSession(Trip trip, string policy, int seed)
{
    public const double PrepMinutes = 5;

    public Trip Trip { get; } = trip;

    public string Policy { get; } = policy;

    public Random Rng { get; } = new(seed);

    public string VehicleId { get; } = $"veh-{trip.Index}";

    /// <summary>The benchmark seed the trip was generated with.</summary>
    public int RunSeed { get; init; }

    // arrival_sessions
    public SessionStatus Status { get; set; } = SessionStatus.AwaitingArrival;

    public bool KitchenFired { get; set; }

    public bool HeadsUpSent { get; set; }

    public TrackingMemory Memory { get; set; } = TrackingMemory.Empty;

    // tracked_sessions
    public bool Tracking { get; set; } = true;

    public int Priority { get; set; }

    /// <summary>Claim order (PollPlan.ClaimBy); a row waiting for tokens keeps it.</summary>
    public DateTimeOffset ClaimBy { get; set; }

    public string Reason { get; set; } = Nerava.Arrival.Tracking.PollReasons.NoPosition;

    /// <summary>Call times as the API stores them (stamped when the answer came back), for PollCadence and CallBudget.</summary>
    public List<DateTimeOffset> RecordedCalls { get; } = [];

    /// <summary>A poll is out (the row is leased): a webhook push does not re-plan it.</summary>
    public bool PollInFlight { get; set; }

    /// <summary>Bumped when a push re-plans the row, so the superseded due time is ignored.</summary>
    public int Generation { get; set; }

    public PendingPoll? Pending { get; set; }

    /// <summary>tracked_sessions.next_poll_at.</summary>
    public DateTimeOffset NextDueAt { get; set; }

    // Measurements.

    /// <summary>When each request reached Smartcar (what Smartcar's per-vehicle limit and billing count).</summary>
    public List<DateTimeOffset> TrueCalls { get; } = [];

    public List<CallRecord> CallLog { get; } = [];

    public DateTimeOffset? ArrivedAt { get; set; }

    /// <summary>The true distance to the charger at the timestamp of the fix that decided the arrival.</summary>
    public double? ArrivalTrueDistanceM { get; set; }

    public DateTimeOffset? FiredAt { get; set; }

    public FireReason? FireReason { get; set; }

    public DateTimeOffset? HeadsUpAt { get; set; }

    public int HeadsUps { get; set; }

    public int BudgetDeferrals { get; set; }

    public int BucketDeferrals { get; set; }

    public DateTimeOffset? WaitingForTokenSince { get; set; }

    public TimeSpan TokenWait { get; set; }

    /// <summary>Decided while the car never parks at this charger, or on a fix taken while it was more than 300 m away.</summary>
    public bool FalseArrival => ArrivedAt is not null && (Trip.ArrivesAt is null || ArrivalTrueDistanceM > Trip.FalseArrivalM);

    /// <summary>The car parked inside the fence but was not (truly) arrived within 30 min of reaching it.</summary>
    public bool MissedArrival => Trip.ArrivesAt is { } entry && !FalseArrival && (ArrivedAt is not { } at || at > entry + TimeSpan.FromMinutes(30));

    public TimeSpan? DetectionDelay => Trip.ArrivesAt is { } entry && ArrivedAt is { } at && !FalseArrival && !MissedArrival ? at - entry : null;

    /// <summary>Ready After Charge: kitchen fire minus the true time the target (or the car's lower limit) was reached.</summary>
    public TimeSpan? ChargeTargetDelay => Trip.ChargeEventAt is { } reached && FiredAt is { } fired ? fired - reached : null;

    public bool ChargeFireMissed => Trip.ChargeEventAt is not null && ArrivedAt is not null && !FalseArrival && FiredAt is null;

    /// <summary>
    /// Ready on Arrival trips that arrive later than the prep time after the session started: how far the heads-up's lead
    /// (true entry − heads-up) was from the prep time, in minutes; no heads-up before the entry counts as lead 0.
    /// </summary>
    public double? HeadsUpLeadErrorMinutes
    {
        get
        {
            if (Trip.AfterCharge || Trip.ArrivesAt is not { } entry || entry - Trip.SessionStart <= TimeSpan.FromMinutes(PrepMinutes))
            {
                return null;
            }

            var lead = HeadsUpAt is { } sent && sent <= entry ? (entry - sent).TotalMinutes : 0;
            return Math.Abs(lead - PrepMinutes);
        }
    }

    public int Calls => TrueCalls.Count;

    /// <summary>Most calls in any rolling hour (t − 1 h, t], by the time Smartcar received them.</summary>
    public int MaxCallsInAnyHour() => MaxInAnyHour(TrueCalls);

    /// <summary>Most of <paramref name="times"/> in any rolling hour (t − 1 h, t].</summary>
    public static int MaxInAnyHour(IEnumerable<DateTimeOffset> times)
    {
        var calls = times.Order().ToList();
        var max = 0;
        var left = 0;
        for (var right = 0; right < calls.Count; right++)
        {
            while (calls[left] <= calls[right] - TimeSpan.FromHours(1))
            {
                left++;
            }

            // Calls at the same instant as calls[right] that come later in the list are in the window too.
            var end = right;
            while (end + 1 < calls.Count && calls[end + 1] == calls[right])
            {
                end++;
            }

            max = Math.Max(max, end - left + 1);
        }

        return max;
    }
}
