using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Nerava.Api.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Nerava.Api.Features.Telemetry;

/// <summary>
/// OpenTelemetry: our spans and meter plus ASP.NET Core, HttpClient, EF Core and Npgsql instrumentation; Prometheus at
/// /metrics; OTLP when an OTEL_EXPORTER_OTLP_*ENDPOINT is set. Everything else (service name, headers, protocol,
/// sampler) comes from the standard OTEL_* variables; OTEL_SDK_DISABLED=true turns it all off. Spans are only made when
/// something reads them (<see cref="TracesWanted"/>): per-command EF Core and Npgsql spans cost CPU on every request.
/// </summary>
public static class TelemetrySetup
{
    private static readonly double[] SecondsBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

    public static WebApplicationBuilder AddNeravaTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        services.AddSingleton<NeravaMetrics>();
        services.AddSingleton<OperationsSnapshot>();
        services.AddSingleton<OperationsGauges>();
        services.AddSingleton<MetricTotals>();
        services.AddSingleton<OperationsSampler>();
        services.AddHostedService(sp => sp.GetRequiredService<OperationsSampler>());
        services.AddTransient<SmartcarCallMetrics>();
        foreach (var name in SmartcarCallMetrics.ClientNames)
        {
            services.AddOptions<HttpClientFactoryOptions>(name).Configure<IServiceProvider>((o, sp) =>
                o.HttpMessageHandlerBuilderActions.Add(b => b.AdditionalHandlers.Add(sp.GetRequiredService<SmartcarCallMetrics>())));
        }

        if (IsDisabled(builder.Configuration))
        {
            return builder;
        }

        var meterName = NeravaMetrics.NameFrom(builder.Configuration);
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r =>
            {
                if (string.IsNullOrEmpty(builder.Configuration["OTEL_SERVICE_NAME"]))
                {
                    r.AddService("nerava-api");
                }
            });
        if (TracesWanted(builder.Configuration))
        {
            otel.WithTracing(t => t.AddSource(NeravaTracing.SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsNoise(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql());
        }

        otel.WithMetrics(m => m.AddMeter(meterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Http.Connections")
                .AddView(i => i.Meter.Name == meterName && i.Unit == "s"
                    ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBuckets }
                    : null)
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        if (HasOtlpEndpoint(builder.Configuration))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Starts the gauges and totals, and serves /metrics to whom <see cref="MetricsAccess"/> lets in.</summary>
    public static WebApplication MapNeravaTelemetry(this WebApplication app)
    {
        app.Services.GetRequiredService<OperationsGauges>();
        app.Services.GetRequiredService<MetricTotals>();
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (options.MetricsEndpoint && !IsDisabled(app.Configuration))
        {
            app.UseMetricsAccess();
            app.MapPrometheusScrapingEndpoint(MetricsAccess.Path).ExcludeFromDescription();
        }

        return app;
    }

    public static bool IsDisabled(IConfiguration config) =>
        string.Equals(config["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>Telemetry:Traces</c> when set (true: an exporter is added in code, e.g. by the tests); otherwise whenever an
    /// OTLP endpoint for traces is configured. Without a reader no tracer provider is built and no span is made.
    /// </summary>
    public static bool TracesWanted(IConfiguration config) =>
        bool.TryParse(config[$"{TelemetryOptions.SectionName}:Traces"], out var traces)
            ? traces
            : new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" }.Any(k => !string.IsNullOrWhiteSpace(config[k]));

    private static bool HasOtlpEndpoint(IConfiguration config) =>
        new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT" }
            .Any(k => !string.IsNullOrWhiteSpace(config[k]));

    private static bool IsNoise(PathString path) =>
        path.StartsWithSegments(MetricsAccess.Path) || path.StartsWithSegments("/health");
}
