namespace Nerava.Api.Features.Telemetry;

/// <summary>Telemetry switches of our own; exporters and the service name follow the standard OTEL_* variables.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Serve the Prometheus scrape endpoint at /metrics.</summary>
    public bool MetricsEndpoint { get; set; } = true;

    /// <summary>Let any address scrape /metrics (by default only direct loopback connections may).</summary>
    public bool MetricsAllowRemote { get; set; }

    /// <summary>When set, a remote scraper presenting <c>Authorization: Bearer &lt;token&gt;</c> is let in.</summary>
    public string MetricsToken { get; set; } = "";

    /// <summary>
    /// Build the tracer provider (spans of our own and of ASP.NET Core, HttpClient, EF Core, Npgsql). Unset: only when an
    /// OTLP traces endpoint is configured. Read at startup by <see cref="TelemetrySetup.TracesWanted"/>.
    /// </summary>
    public bool? Traces { get; set; }

    /// <summary>How often the database-backed gauges (backlog, sessions by status) are sampled.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
