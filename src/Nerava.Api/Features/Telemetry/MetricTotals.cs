using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Telemetry;

/// <summary>
/// Listens to this instance's own <see cref="NeravaMetrics"/> instruments and keeps running totals per series
/// (<c>name{tag=value,…}</c>) and the recent values of the histograms, so the admin page shows the very figures
/// /metrics exports.
/// </summary>
public sealed class MetricTotals : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, double> _totals = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(DateTimeOffset At, double Value)>> _recent = new();
    private readonly MeterListener _listener = new();
    private readonly TimeProvider _clock;

    public MetricTotals(NeravaMetrics metrics, TimeProvider clock)
    {
        _clock = clock;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter) && !instrument.GetType().Name.StartsWith("Observable", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    /// <summary>Counter totals (and histogram counts) since this instance started, by series.</summary>
    public IReadOnlyDictionary<string, double> Totals => new SortedDictionary<string, double>(_totals, StringComparer.Ordinal);

    /// <summary>Mean and max of a histogram's values over the last five minutes (all series of the instrument).</summary>
    public (int Count, double Mean, double Max) Recent(string instrument)
    {
        var cutoff = _clock.GetUtcNow() - Window;
        var values = _recent.Where(r => r.Key == instrument || r.Key.StartsWith(instrument + "{", StringComparison.Ordinal))
            .SelectMany(r => r.Value).Where(v => v.At >= cutoff).Select(v => v.Value).ToList();
        return values.Count == 0 ? (0, 0, 0) : (values.Count, values.Average(), values.Max());
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = Series(instrument.Name, tags);
        if (instrument is Histogram<double>)
        {
            _totals.AddOrUpdate(series + ":count", 1, (_, t) => t + 1);
            var queue = _recent.GetOrAdd(series, _ => new ConcurrentQueue<(DateTimeOffset, double)>());
            var now = _clock.GetUtcNow();
            queue.Enqueue((now, value));
            while (queue.TryPeek(out var head) && (head.At < now - Window || queue.Count > 2000))
            {
                queue.TryDequeue(out _);
            }

            return;
        }

        _totals.AddOrUpdate(series, value, (_, t) => t + value);
    }

    private static string Series(string name, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return name;
        }

        var parts = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture)?.ToLowerInvariant()}");
        }

        parts.Sort(StringComparer.Ordinal);
        return $"{name}{{{string.Join(',', parts)}}}";
    }

    public void Dispose() => _listener.Dispose();
}
