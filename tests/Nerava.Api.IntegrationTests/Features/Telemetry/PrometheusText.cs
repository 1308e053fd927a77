using System.Globalization;

namespace Nerava.Api.IntegrationTests.Features.Telemetry;

/// <summary>Reads sample values out of a Prometheus text exposition.</summary>
public static class PrometheusText
{
    /// <summary>Sum of every sample of <paramref name="metric"/> whose labels contain all of <paramref name="labels"/>.
    /// The value follows the last brace: label values (routes such as <c>/v1/chargers/{id}</c>) may hold braces too.</summary>
    public static double Sum(string exposition, string metric, params string[] labels) =>
        exposition.Split('\n')
            .Where(l => l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(l => labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            .Sum(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));

    public static bool Has(string exposition, string metric) =>
        exposition.Split('\n').Any(l => l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal));
}
