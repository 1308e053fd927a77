using Nerava.Api.Features.Analytics;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// What one action wants done to a session, decided against the row as read: the domain trigger (the transition table
/// decides whether it is allowed), the facts to record, the merchant messages and satellite effects that commit in the
/// same transaction, and the analytics events recorded after commit. <see cref="SessionStore.ApplyAsync"/> applies it.
/// </summary>
public sealed record SessionChange
{
    /// <summary>Nothing to do: the session is already as wanted.</summary>
    public static SessionChange None { get; } = new();

    public SessionTrigger? Trigger { get; init; }

    public IReadOnlyList<SessionFact> Facts { get; init; } = [];

    public IReadOnlyList<SessionMessage> Messages { get; init; } = [];

    public IReadOnlyList<AnalyticsEvent> Events { get; init; } = [];

    public SessionEffects Effects { get; init; }

    /// <summary>The domain refused the action (e.g. a check-in too far from the charger); nothing is written.</summary>
    public SessionRefusal? Refusal { get; init; }

    public bool IsNone => Trigger is null && Facts.Count == 0 && Messages.Count == 0 && Effects == SessionEffects.None;

    public static SessionChange Refuse(string errorCode, double? distanceM = null) => new() { Refusal = new SessionRefusal(errorCode, distanceM) };
}

/// <summary>Why the domain refused an action, with the distance for a check-in.</summary>
public sealed record SessionRefusal(string ErrorCode, double? DistanceM = null);

/// <summary>A message to the merchant, queued in the outbox with the change (one per session, kind and channel).</summary>
public sealed record SessionMessage(string Kind, string Channel, string To, string? Subject, string Body);

/// <summary>Rows that move with the session in the same transaction.</summary>
[Flags]
public enum SessionEffects
{
    None = 0,

    /// <summary>A queued order is released to the merchant's ordering URL (on arrival).</summary>
    ReleaseQueuedOrder = 1,

    /// <summary>A queued order is canceled with the session.</summary>
    CancelQueuedOrder = 2,

    /// <summary>The tracking engine stops polling the session's car.</summary>
    StopTracking = 4,
}

public enum ApplyOutcome
{
    /// <summary>Committed, published and recorded.</summary>
    Applied,

    /// <summary>Nothing to do.</summary>
    Unchanged,

    /// <summary>The transition table refused the trigger; <see cref="ApplyResult.Transition"/> has the code.</summary>
    Rejected,

    /// <summary>The domain refused the action; <see cref="ApplyResult.Refusal"/> has the code.</summary>
    Refused,

    /// <summary>Other writers kept winning the row for every attempt.</summary>
    Raced,
}

public sealed record ApplyResult(ApplyOutcome Outcome, TransitionResult? Transition = null, SessionRefusal? Refusal = null);
