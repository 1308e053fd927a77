using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Nerava.Api.Features.Tracking;

namespace Nerava.Bench.Capacity;

/// <summary>Listens to the engine's own instruments (TrackingMetrics): counters summed, poll lags kept while recording.</summary>
internal sealed class MetricsProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<double> _lags = new();
    private long _inFlight;
    private long _maxInFlight;

    public MetricsProbe(TrackingMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            _sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            if (instrument.Name == "nerava.tracking.polls_in_flight")
            {
                var now = Interlocked.Add(ref _inFlight, value);
                long seen;
                while (now > (seen = Interlocked.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
                {
                }
            }
        });
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (Recording && instrument.Name == "nerava.tracking.poll_lag")
            {
                _lags.Enqueue(value);
            }
        });
        _listener.Start();
    }

    public bool Recording { get; set; }

    public long Sum(string instrument) => _sums.GetValueOrDefault(instrument);

    public long InFlight => Interlocked.Read(ref _inFlight);

    public long MaxInFlight => Interlocked.Read(ref _maxInFlight);

    public IReadOnlyList<double> Lags => [.. _lags];

    public void Dispose() => _listener.Dispose();
}
