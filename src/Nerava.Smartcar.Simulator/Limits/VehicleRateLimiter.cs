using System.Collections.Concurrent;

namespace Nerava.Smartcar.Simulator.Limits;

/// <summary>
/// RATE_LIMIT:VEHICLE: at most N requests per vehicle in any rolling hour (Smartcar's own threshold is unpublished). Retry-After
/// is the time until the oldest request in the window ages out.
/// </summary>
public sealed class VehicleRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _windows = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public VehicleRateLimiter(TimeProvider time)
    {
        _time = time;
    }

    public RateLimitDecision TryAcquire(string vehicleId, int limitPerHour)
    {
        var now = _time.GetUtcNow();
        var window = _windows.GetOrAdd(vehicleId, _ => new Queue<DateTimeOffset>());
        lock (window)
        {
            while (window.Count > 0 && now - window.Peek() >= Window)
            {
                window.Dequeue();
            }

            if (window.Count < limitPerHour)
            {
                window.Enqueue(now);
                return RateLimitDecision.Allow;
            }

            return new RateLimitDecision(false, window.Peek() + Window - now);
        }
    }

    public void Reset() => _windows.Clear();
}
