using System.Diagnostics;

namespace Nerava.Api.Hosting;

/// <summary>
/// The service's spans (source <c>Nerava.Api</c>). One arrival is one trace: the signal (HTTP check-in, poll, webhook, OCPP),
/// the transition, and — through the trace parent stored on each outbox row — the send that happens later.
/// </summary>
public static class NeravaTracing
{
    public const string SourceName = "Nerava.Api";

    public static readonly ActivitySource Source = new(SourceName);

    public static Activity? Signal(Guid sessionId, string source) =>
        Source.StartActivity("arrival.signal")?.SetTag("nerava.session_id", sessionId).SetTag("nerava.signal.source", source);

    public static Activity? Transition(Guid sessionId, string from, string to) =>
        Source.StartActivity("session.transition")?.SetTag("nerava.session_id", sessionId)
            .SetTag("nerava.status.from", from).SetTag("nerava.status.to", to);

    public static Activity? Poll(Guid sessionId) => Source.StartActivity("tracking.poll")?.SetTag("nerava.session_id", sessionId);

    /// <summary>Applying a poll's answer (which happens after the poll's span ended) as a child of that poll.</summary>
    public static Activity? ApplyPoll(ActivityContext poll, Guid sessionId) =>
        Source.StartActivity("tracking.apply", ActivityKind.Internal, poll)?.SetTag("nerava.session_id", sessionId);

    /// <summary>
    /// One CALL from a charge point, as a trace of its own: the WebSocket's HTTP request lives as long as the connection
    /// (hours), so its messages would otherwise pile into one endless trace. The connection's span is kept as a link.
    /// </summary>
    public static Activity? OcppCall(string chargePointId, string action)
    {
        var connection = Activity.Current;
        // A root span needs no current parent; the caller is async, so this only clears it for the call's own flow.
        Activity.Current = null;
        ActivityLink[]? links = connection is null ? null : [new ActivityLink(connection.Context)];
        return Source.StartActivity("ocpp.call", ActivityKind.Server, default(ActivityContext), links: links)?.SetTag("nerava.ocpp.charge_point_id", chargePointId)
            .SetTag("nerava.ocpp.action", action);
    }

    /// <summary>The current span as a W3C traceparent, to store with work that runs later (null when not traced).</summary>
    public static string? CurrentParent() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } a ? a.Id : null;

    /// <summary>Continues the trace that queued <paramref name="traceParent"/> (or starts one when there is none).</summary>
    public static Activity? OutboxSend(string? traceParent, Guid messageId, string kind, string channel)
    {
        ActivityContext.TryParse(traceParent, null, out var parent);
        return Source.StartActivity("outbox.send", ActivityKind.Consumer, parent)?.SetTag("nerava.outbox.message_id", messageId)
            .SetTag("nerava.outbox.kind", kind).SetTag("nerava.outbox.channel", channel);
    }
}
