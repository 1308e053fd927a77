using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tracking;

namespace Nerava.Bench.Tracking;

/// <summary>One Smartcar poll (2 calls for Fixed60s), why it was made, and how long it waited for an application token.</summary>
internal readonly record struct CallRecord(DateTimeOffset At, string Reason, string Band, int Calls, TimeSpan TokenWait);

/// <summary>
/// What the API keeps for one tracked session (the arrival_sessions row: status, fired/heads-up stamps, policy memory; the
/// tracked_sessions row: next poll, priority, recent call times) plus what the benchmark measures about it.
/// </summary>
internal sealed class SimSession(Trip trip, CadenceMode mode, int seed)
{
    public Trip Trip { get; } = trip;

    public CadenceMode Mode { get; } = mode;

    public Random Rng { get; } = new(seed);

    public string VehicleId { get; } = $"veh-{trip.Index}";

    // arrival_sessions
    public SessionStatus Status { get; set; } = SessionStatus.AwaitingArrival;

    public bool KitchenFired { get; set; }

    public bool HeadsUpSent { get; set; }

    public TrackingMemory Memory { get; set; } = TrackingMemory.Empty;

    // tracked_sessions
    public bool Tracking { get; set; } = true;

    public int Priority { get; set; }

    /// <summary>Plan time + Priority minutes (used only by the deadline-ordering what-if).</summary>
    public DateTimeOffset Deadline { get; set; }

    public string Reason { get; set; } = PollReasons.NoPosition;

    /// <summary>Call times as the API stores them (stamped when the answer came back), for PollCadence and CallBudget.</summary>
    public List<DateTimeOffset> RecordedCalls { get; } = [];

    // The poll in flight.
    public DateTimeOffset PollAt { get; set; }

    public TimeSpan DataAge { get; set; }

    // Measurements.

    /// <summary>When each request reached Smartcar (what Smartcar's per-vehicle limit counts).</summary>
    public List<DateTimeOffset> TrueCalls { get; } = [];

    public List<CallRecord> CallLog { get; } = [];

    public DateTimeOffset? ArrivedAt { get; set; }

    public double? ArrivalTrueDistanceM { get; set; }

    public DateTimeOffset? FiredAt { get; set; }

    public FireReason? FireReason { get; set; }

    public DateTimeOffset? HeadsUpAt { get; set; }

    public DateTimeOffset? ChargeHeadsUpAt { get; set; }

    public int BudgetDeferrals { get; set; }

    public int BucketDeferrals { get; set; }

    public DateTimeOffset? WaitingForTokenSince { get; set; }

    public TimeSpan TokenWait { get; set; }

    public bool FalseArrival => ArrivalTrueDistanceM > Trip.FalseArrivalM;

    /// <summary>Parked inside the geofence but not arrived within 30 min of reaching it.</summary>
    public bool MissedArrival => ArrivedAt is not { } at || at > Trip.GeofenceEntry + TimeSpan.FromMinutes(30);

    public TimeSpan? DetectionDelay => MissedArrival ? null : ArrivedAt - Trip.GeofenceEntry;

    public TimeSpan? ChargeTargetDelay => Trip.TargetReachedAt is { } reached && FiredAt is { } fired ? fired - reached : null;

    public int Calls => TrueCalls.Count;

    /// <summary>Most calls in any rolling hour (t − 1 h, t], by the time Smartcar received them.</summary>
    public int MaxCallsInAnyHour()
    {
        var calls = TrueCalls.Order().ToList();
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
