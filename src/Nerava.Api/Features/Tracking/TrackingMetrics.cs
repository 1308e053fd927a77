using System.Diagnostics.Metrics;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// The tracking engine's instruments (meter <c>Nerava.Tracking</c>): how late polls start after they were due, what they cost in
/// Smartcar requests, how many are open, and how many answers were applied and decided something.
/// </summary>
public sealed class TrackingMetrics
{
    public const string MeterName = "Nerava.Tracking";

    private readonly Histogram<double> _lag;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _applied;
    private readonly Counter<long> _decided;
    private readonly UpDownCounter<long> _inFlight;

    public TrackingMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _lag = Meter.CreateHistogram<double>("nerava.tracking.poll_lag", "s", "From a poll's due time to its request going out.");
        _requests = Meter.CreateCounter<long>("nerava.tracking.smartcar_requests", "{request}", "Requests as Smartcar counts them.");
        _applied = Meter.CreateCounter<long>("nerava.tracking.answers_applied", "{answer}", "Poll answers applied to their sessions.");
        _decided = Meter.CreateCounter<long>("nerava.tracking.decisions_applied", "{answer}", "Answers that decided something (arrival, heads-up, fire).");
        _inFlight = Meter.CreateUpDownCounter<long>("nerava.tracking.polls_in_flight", "{poll}", "Polls claimed and not yet applied.");
    }

    public Meter Meter { get; }

    public void PollStarted(TimeSpan lag) => _lag.Record(Math.Max(0, lag.TotalSeconds));

    public void Requests(int count) => _requests.Add(count);

    public void Applied(int answers, int decided)
    {
        _applied.Add(answers);
        _decided.Add(decided);
    }

    public void InFlight(int delta) => _inFlight.Add(delta);
}
