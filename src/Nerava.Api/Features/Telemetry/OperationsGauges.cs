using System.Diagnostics.Metrics;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Telemetry;

/// <summary>The observable gauges on the Nerava meter, read from the latest <see cref="OperationsSnapshot"/>.</summary>
public sealed class OperationsGauges
{
    public OperationsGauges(NeravaMetrics metrics, OperationsSnapshot snapshot, TimeProvider clock)
    {
        var meter = metrics.Meter;
        meter.CreateObservableGauge("nerava.tracking.sessions", () => snapshot.Latest.TrackedSessions, "{session}",
            "Sessions the tracking engine is following.");
        meter.CreateObservableGauge("nerava.sessions.active", () => snapshot.Latest.SessionsByStatus
            .Select(s => new Measurement<long>(s.Value, new KeyValuePair<string, object?>("status", s.Key))), "{session}",
            "Open arrival sessions by status.");
        meter.CreateObservableGauge("nerava.outbox.backlog", () => snapshot.Latest.Outbox
            .Select(o => new Measurement<long>(o.Backlog, new KeyValuePair<string, object?>("channel", o.Channel))), "{message}",
            "Outbox rows not yet sent, by channel.");
        meter.CreateObservableGauge("nerava.outbox.oldest_pending.age", () => snapshot.Latest.Outbox
            .Select(o => new Measurement<double>(o.OldestPendingAgeSeconds(clock.GetUtcNow()), new KeyValuePair<string, object?>("channel", o.Channel))),
            "s", "Age of the oldest unsent outbox row, by channel.");
    }
}
