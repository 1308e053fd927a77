namespace Nerava.Arrival.Tracking;

/// <summary>
/// A sliding-window request budget. A call at x counts in the window ending at t when t − window &lt; x ≤ t, so
/// "at most N calls in any rolling hour" holds when every new call passes <see cref="EarliestAllowed"/>.
/// </summary>
public static class CallBudget
{
    public static int CallsInWindow(IReadOnlyList<DateTimeOffset> calls, DateTimeOffset at, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(calls);
        return calls.Count(x => x > at - window && x <= at);
    }

    /// <summary>
    /// How many more requests fit at <paramref name="at"/>: a read may spend this many (retries and batch items included) and the
    /// budget still holds in every rolling window, because each recorded call time is no earlier than Smartcar saw the request.
    /// </summary>
    public static int Remaining(IReadOnlyList<DateTimeOffset> calls, DateTimeOffset at, int maxPerWindow, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(calls);
        return Math.Max(0, maxPerWindow - calls.Count(x => x > at - window));
    }

    /// <summary>The earliest time ≥ <paramref name="candidate"/> at which <paramref name="callsNeeded"/> more calls fit.</summary>
    public static DateTimeOffset EarliestAllowed(
        IReadOnlyList<DateTimeOffset> calls, DateTimeOffset candidate, int callsNeeded, int maxPerWindow, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentOutOfRangeException.ThrowIfLessThan(callsNeeded, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(callsNeeded, maxPerWindow);

        // Calls already made can only be at or before the candidate; anything later is counted too, to stay safe.
        var inWindow = calls.Where(x => x > candidate - window).Order().ToList();
        var allowed = maxPerWindow - callsNeeded;
        if (inWindow.Count <= allowed)
        {
            return candidate;
        }

        // Wait until the oldest (count − allowed) calls have left the window.
        return inWindow[inWindow.Count - allowed - 1] + window;
    }
}
