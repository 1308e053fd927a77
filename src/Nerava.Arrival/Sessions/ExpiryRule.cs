namespace Nerava.Arrival.Sessions;

/// <summary>
/// When an active session expires. Pure: the caller passes the facts and "now".
/// <list type="bullet">
/// <item>Before arrival (<see cref="SessionStatus.PendingOrder"/>, <see cref="SessionStatus.AwaitingArrival"/>): the
/// deadline is <c>expiresAt</c> (creation + 2 h), extended while the driver is visibly on the way to
/// max(expiresAt, lastProgressAt + <see cref="ProgressWindow"/>, etaAnchor + eta + <see cref="EtaGrace"/>), capped at
/// createdAt + <see cref="MaxLifetime"/> (never below expiresAt). The ETA is anchored at <c>lastProgressAt</c> (the fix it
/// was computed from) when known, else at <c>now</c>: anchoring a stale ETA at now would keep a dead session alive until the cap.
/// So a car that ordered in Dallas and is 4 h out keeps its session; one whose tracking went silent expires soon after.</item>
/// <item>After arrival (<see cref="SessionStatus.Arrived"/>, <see cref="SessionStatus.MerchantNotified"/>): the session
/// expires <see cref="ArrivedLifetime"/> after arrival if the merchant never confirms.</item>
/// <item>Terminal statuses never expire (there is nothing to expire).</item>
/// </list>
/// </summary>
public static class ExpiryRule
{
    /// <summary>A tracked fix keeps the session alive this long after it (a fix every 30 min is the slowest adaptive poll).</summary>
    public static TimeSpan ProgressWindow { get; } = TimeSpan.FromMinutes(30);

    /// <summary>Slack on top of the ETA for stops, traffic and ETA error.</summary>
    public static TimeSpan EtaGrace { get; } = TimeSpan.FromMinutes(30);

    /// <summary>No session waits longer than this after creation, however far away the driver is (a day's road trip).</summary>
    public static TimeSpan MaxLifetime { get; } = TimeSpan.FromHours(12);

    /// <summary>An arrived session the merchant never confirms expires this long after arrival.</summary>
    public static TimeSpan ArrivedLifetime { get; } = TimeSpan.FromHours(2);

    /// <summary>True when the session is active and <paramref name="now"/> is at or past its effective deadline.</summary>
    /// <param name="status">Current status.</param>
    /// <param name="expiresAt">Stored base deadline (creation + <see cref="ArrivalRules.DefaultLifetime"/>).</param>
    /// <param name="now">The current time.</param>
    /// <param name="lastProgressAt">Time of the last tracked fix (Smartcar location), if any.</param>
    /// <param name="etaMinutes">Latest ETA in minutes, if any; negative or non-finite values are ignored.</param>
    /// <param name="createdAt">Creation time for the cap; when null it is taken as expiresAt − DefaultLifetime.</param>
    /// <param name="arrivedAt">Arrival time for arrived sessions; when null expiresAt is the deadline.</param>
    public static bool ShouldExpire(
        SessionStatus status,
        DateTimeOffset expiresAt,
        DateTimeOffset now,
        DateTimeOffset? lastProgressAt,
        double? etaMinutes,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? arrivedAt = null) =>
        Deadline(status, expiresAt, now, lastProgressAt, etaMinutes, createdAt, arrivedAt) is { } deadline && now >= deadline;

    /// <summary>The effective deadline (see the class summary), or null for a terminal status.</summary>
    public static DateTimeOffset? Deadline(
        SessionStatus status,
        DateTimeOffset expiresAt,
        DateTimeOffset now,
        DateTimeOffset? lastProgressAt,
        double? etaMinutes,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? arrivedAt = null)
    {
        if (SessionStatusNames.IsArrived(status))
        {
            return arrivedAt is { } arrived ? arrived + ArrivedLifetime : expiresAt;
        }

        if (!SessionStatusNames.IsAwaitingArrival(status))
        {
            return null;
        }

        var extended = expiresAt;
        if (lastProgressAt is { } progress)
        {
            extended = Max(extended, progress + ProgressWindow);
        }

        if (etaMinutes is { } eta && double.IsFinite(eta) && eta >= 0)
        {
            // Clamp before converting so an absurd ETA cannot overflow DateTimeOffset; the cap applies anyway.
            var etaSpan = TimeSpan.FromMinutes(Math.Min(eta, MaxLifetime.TotalMinutes));
            extended = Max(extended, (lastProgressAt ?? now) + etaSpan + EtaGrace);
        }

        var cap = (createdAt ?? expiresAt - ArrivalRules.DefaultLifetime) + MaxLifetime;
        return Max(expiresAt, Min(extended, cap));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
