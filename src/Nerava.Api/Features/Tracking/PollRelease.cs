using Nerava.Arrival.Tracking;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// What a worker writes back when it lets go of a claimed row: the next poll (null: now), its claim order (see
/// PollPlan.ClaimBy; null: now), whether the session is still tracked, the per-vehicle call times, and whether a poll happened.
/// </summary>
public sealed record PollRelease(Guid SessionId, PollPlan? Plan, DateTimeOffset? ClaimBy, bool Active, IReadOnlyList<DateTimeOffset> Calls, bool Polled)
{
    public static PollRelease Finished(Guid sessionId) => new(sessionId, null, null, false, [], false);
}
