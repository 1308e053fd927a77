using System.Diagnostics.Metrics;

namespace Nerava.Api.Hosting;

/// <summary>
/// The service's own instruments (meter <c>Nerava.Api</c>); any feature injects this singleton and records with one call.
/// Names and units are documented in README "Operations"; the gauges read from the database live in Features/Telemetry.
/// </summary>
public sealed class NeravaMetrics
{
    public const string MeterName = "Nerava.Api";

    private readonly Counter<long> _polls;
    private readonly Histogram<double> _pollLag;
    private readonly Counter<long> _smartcarCalls;
    private readonly Counter<long> _budgetDenials;
    private readonly Counter<long> _webhookEvents;
    private readonly Counter<long> _arrivals;
    private readonly Histogram<double> _sendLatency;
    private readonly Counter<long> _sendFailures;
    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _otpSends;

    public NeravaMetrics(IMeterFactory meters, IConfiguration config)
    {
        Meter = meters.Create(NameFrom(config));
        _polls = Meter.CreateCounter<long>("nerava.tracking.polls", "{poll}", "Smartcar polls started by the tracking engine.");
        _pollLag = Meter.CreateHistogram<double>("nerava.tracking.poll.lag", "s", "How late a poll started after the row fell due.");
        _smartcarCalls = Meter.CreateCounter<long>("nerava.smartcar.calls", "{call}", "Smartcar HTTP calls by outcome.");
        _budgetDenials = Meter.CreateCounter<long>("nerava.smartcar.budget.denials", "{poll}",
            "Polls held back by a call budget (scope: vehicle or application).");
        _webhookEvents = Meter.CreateCounter<long>("nerava.webhook.events", "{event}", "Webhook deliveries by provider and outcome.");
        _arrivals = Meter.CreateCounter<long>("nerava.arrivals", "{arrival}", "Verified arrivals by signal source and confidence.");
        _sendLatency = Meter.CreateHistogram<double>("nerava.outbox.send.latency", "s",
            "Time from an outbox row being written to the provider accepting it.");
        _sendFailures = Meter.CreateCounter<long>("nerava.outbox.send.failures", "{attempt}",
            "Failed send attempts by channel; final=true when the row gave up.");
        _connections = Meter.CreateUpDownCounter<long>("nerava.realtime.connections", "{connection}", "Open SignalR connections by role.");
        _otpSends = Meter.CreateCounter<long>("nerava.otp.sends", "{request}", "Login code requests by outcome.");
    }

    public Meter Meter { get; }

    /// <summary>
    /// The meter's name: <see cref="MeterName"/>, or Telemetry:MeterName. Listeners subscribe by name, so tests that run
    /// several hosts in one process give each its own name to read only their own figures.
    /// </summary>
    public static string NameFrom(IConfiguration config) => config["Telemetry:MeterName"] is { Length: > 0 } name ? name : MeterName;

    public void PollStarted(TimeSpan lag)
    {
        _polls.Add(1);
        _pollLag.Record(Math.Max(0, lag.TotalSeconds));
    }

    /// <param name="outcome">ok, rate_limited, asleep, auth or error.</param>
    public void SmartcarCall(string outcome) => _smartcarCalls.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <param name="scope">vehicle or application.</param>
    /// <param name="polls">How many polls were held back.</param>
    public void BudgetDenied(string scope, int polls = 1)
    {
        if (polls > 0)
        {
            _budgetDenials.Add(polls, new KeyValuePair<string, object?>("scope", scope));
        }
    }

    /// <param name="provider">smartcar or twilio.</param>
    /// <param name="outcome">accepted, duplicate, verify, verify_refused, bad_signature or malformed.</param>
    public void WebhookEvent(string provider, string outcome) =>
        _webhookEvents.Add(1, new("provider", provider), new("outcome", outcome));

    /// <param name="source">The session's arrival source (manual, smartcar, smartcar_webhook, charger).</param>
    /// <param name="confidence">The arrival evidence's confidence, 1–3 (see ArrivalEvidence); unrated when none was recorded.</param>
    public void Arrival(string? source, int? confidence) =>
        _arrivals.Add(1, new("source", source ?? "unknown"),
            new("confidence", confidence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unrated"));

    public void OutboxSent(string channel, TimeSpan sinceQueued) =>
        _sendLatency.Record(Math.Max(0, sinceQueued.TotalSeconds), new KeyValuePair<string, object?>("channel", channel));

    public void OutboxFailed(string channel, bool final) => _sendFailures.Add(1, new("channel", channel), new("final", final));

    /// <param name="role">driver or merchant_staff.</param>
    public void ConnectionOpened(string role) => _connections.Add(1, new KeyValuePair<string, object?>("role", role));

    public void ConnectionClosed(string role) => _connections.Add(-1, new KeyValuePair<string, object?>("role", role));

    /// <param name="outcome">sent, rate_limited or not_supported (a number we do not text).</param>
    public void OtpSend(string outcome) => _otpSends.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
