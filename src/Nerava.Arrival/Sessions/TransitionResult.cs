namespace Nerava.Arrival.Sessions;

/// <summary>
/// The answer of <see cref="SessionTransitions.Apply"/>: accepted with the new status, or rejected with a
/// stable <see cref="ErrorCode"/> (then <see cref="To"/> equals <see cref="From"/>).
/// </summary>
public sealed record TransitionResult(bool Accepted, SessionStatus From, SessionStatus To, string? ErrorCode, string? Reason)
{
    public static TransitionResult Accept(SessionStatus from, SessionStatus to) => new(true, from, to, null, null);

    public static TransitionResult Reject(SessionStatus from, string errorCode, string reason) =>
        new(false, from, from, errorCode, reason);
}
