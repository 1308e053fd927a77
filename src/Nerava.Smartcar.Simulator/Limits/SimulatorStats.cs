using System.Collections.Concurrent;

namespace Nerava.Smartcar.Simulator.Limits;

/// <summary>Request counters for tests and benchmarks (e.g. "the tracker made ≤ N calls per vehicle").</summary>
public sealed class SimulatorStats
{
    private readonly ConcurrentDictionary<string, long> _byEndpoint = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _byVehicle = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _errorsByType = new(StringComparer.Ordinal);
    private long _requests;
    private long _vehicleRateLimited;
    private long _appRateLimited;
    private long _webhookAttempts;
    private long _webhookDelivered;
    private long _webhookDropped;

    public long Requests => Interlocked.Read(ref _requests);

    public long VehicleRateLimited => Interlocked.Read(ref _vehicleRateLimited);

    public long AppRateLimited => Interlocked.Read(ref _appRateLimited);

    public long WebhookAttempts => Interlocked.Read(ref _webhookAttempts);

    public long WebhookDelivered => Interlocked.Read(ref _webhookDelivered);

    public long WebhookDropped => Interlocked.Read(ref _webhookDropped);

    public IReadOnlyDictionary<string, long> ByEndpoint => Copy(_byEndpoint);

    public IReadOnlyDictionary<string, long> ByVehicle => Copy(_byVehicle);

    public IReadOnlyDictionary<string, long> ErrorsByType => Copy(_errorsByType);

    public void CountRequest(string endpoint)
    {
        Interlocked.Increment(ref _requests);
        _byEndpoint.AddOrUpdate(endpoint, 1, (_, n) => n + 1);
    }

    /// <summary>Counts a vehicle hit (batch items count one each, as Smartcar bills them).</summary>
    public void CountVehicle(string vehicleId) => _byVehicle.AddOrUpdate(vehicleId, 1, (_, n) => n + 1);

    public void CountError(string type, string? code)
    {
        _errorsByType.AddOrUpdate(code is null ? type : $"{type}:{code}", 1, (_, n) => n + 1);
        if (type == "RATE_LIMIT")
        {
            Interlocked.Increment(ref code == "VEHICLE" ? ref _vehicleRateLimited : ref _appRateLimited);
        }
    }

    public void CountWebhookAttempt() => Interlocked.Increment(ref _webhookAttempts);

    public void CountWebhookDelivered() => Interlocked.Increment(ref _webhookDelivered);

    public void CountWebhookDropped() => Interlocked.Increment(ref _webhookDropped);

    public void Reset()
    {
        _byEndpoint.Clear();
        _byVehicle.Clear();
        _errorsByType.Clear();
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _vehicleRateLimited, 0);
        Interlocked.Exchange(ref _appRateLimited, 0);
        Interlocked.Exchange(ref _webhookAttempts, 0);
        Interlocked.Exchange(ref _webhookDelivered, 0);
        Interlocked.Exchange(ref _webhookDropped, 0);
    }

    private static Dictionary<string, long> Copy(ConcurrentDictionary<string, long> source) =>
        source.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
