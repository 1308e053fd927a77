using Nerava.Arrival.Sessions;

namespace Nerava.Bench.Tracking;

/// <summary>
/// The seed's polling job (seed phases 4.3 and 5, <c>app/jobs/smartcar_polling.py</c>), rule by rule: a Celery beat every 60 s over
/// every Smartcar session in pending_order/awaiting_arrival; per session the location (one request), then the battery (a second
/// request) only when <c>charge_complete_trigger and target_soc_percent</c>; arrival on the first fix within 250 m; ETA =
/// straight-line distance ÷ 800 m/min (30 mph), at least 1 min; the heads-up when that ETA is 1–5 min and the session is
/// awaiting arrival, sent again on every beat (nothing records that it went out).
/// </summary>
internal static class SeedRules
{
    public const double ArrivalRadiusM = 250;
    public const double MetersPerMinute = 800;
    public const int PrenotifyMinutes = 5;

    public static TimeSpan Beat { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The job's query: <c>status.in_(["pending_order", "awaiting_arrival"])</c>.</summary>
    public static bool IsPolled(SessionStatus status) => status is SessionStatus.PendingOrder or SessionStatus.AwaitingArrival;

    /// <summary><c>if distance_m &lt;= ARRIVAL_RADIUS_M: _trigger_arrival(...)</c>, on one fix, whatever its age.</summary>
    public static bool Arrives(double distanceM) => distanceM <= ArrivalRadiusM;

    /// <summary><c>max(int(distance_m / 800), 1)</c> outside the radius, 0 inside.</summary>
    public static int EtaMinutes(double distanceM) => distanceM > ArrivalRadiusM ? Math.Max((int)(distanceM / MetersPerMinute), 1) : 0;

    /// <summary><c>smartcar_eta_minutes and smartcar_eta_minutes &lt;= 5 and status == "awaiting_arrival" and not merchant_notified_at</c>.</summary>
    public static bool SendsHeadsUp(SessionStatus status, int etaMinutes) =>
        etaMinutes != 0 && etaMinutes <= PrenotifyMinutes && status == SessionStatus.AwaitingArrival;

    /// <summary>Location every beat, plus the battery for Ready After Charge sessions.</summary>
    public static int RequestsPerBeat(bool readyAfterCharge) => readyAfterCharge ? 2 : 1;

    /// <summary>
    /// <c>battery["percent_remaining"] &gt;= session.target_soc_percent</c>: the SDK's percent_remaining is v2's 0–1 fraction and the
    /// target a percent (80), so this never holds; and arrived sessions are no longer polled, so the seed never fires on the charge.
    /// </summary>
    public static bool ChargeTriggers(double percentRemainingFraction, int targetSocPercent) => percentRemainingFraction >= targetSocPercent;

    /// <summary><c>_trigger_arrival</c> notifies the merchant to fire at once, for Ready After Charge sessions too.</summary>
    public const bool FiresKitchenOnArrival = true;
}
