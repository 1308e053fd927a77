using Nerava.Smartcar.Simulator.Limits;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>
/// The checks every vehicle API request (v2 and v3) passes, in Smartcar's order: latency, the application bucket, then per
/// vehicle the injected errors, the vehicle rate limit, random 5xx faults and sleep. Counted in <see cref="SimulatorStats"/>.
/// </summary>
public sealed class ApiGate
{
    private readonly SimulatorState _state;

    public ApiGate(SimulatorState state)
    {
        _state = state;
    }

    public async Task DelayAsync(CancellationToken cancellationToken)
    {
        var faults = _state.Faults;
        var delay = faults.Latency;
        if (faults.LatencyMax is { } max && max > delay)
        {
            delay += (max - delay) * _state.NextRandom();
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _state.TimeProvider, cancellationToken);
        }
    }

    public SmartcarError? CheckApplication(string clientId)
    {
        var faults = _state.Faults;
        if (!faults.AppRateLimitEnabled)
        {
            return null;
        }

        var decision = _state.AppBucket.TryTake(clientId, faults.AppRateLimitCapacity, faults.AppRateLimitRefillPerMinute);
        return decision.Allowed ? null : SmartcarError.ApiRateLimit(decision.RetryAfter);
    }

    /// <summary>The per-vehicle limit; a batch calls this once, since it is one trip to the vehicle.</summary>
    public SmartcarError? CheckVehicleLimit(string vehicleId)
    {
        if (_state.Faults.VehicleRateLimitPerHour is not { } limit || limit <= 0)
        {
            return null;
        }

        var decision = _state.VehicleLimiter.TryAcquire(vehicleId, limit);
        return decision.Allowed ? null : SmartcarError.VehicleRateLimit(decision.RetryAfter);
    }

    /// <summary>Errors that come from the vehicle or the OEM: injected ones first, then random 5xx, then sleep.</summary>
    public SmartcarError? CheckVehicle(SimVehicle vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        if (_state.TakeInjectedError(vehicle.Id) is { } injected)
        {
            return new SmartcarError(injected.Type, injected.Code, injected.StatusCode, injected.Description ?? "Injected by the simulator.");
        }

        var faults = _state.Faults;
        if (faults.ServerErrorRate > 0 || faults.UpstreamErrorRate > 0)
        {
            var draw = _state.NextRandom();
            if (draw < faults.ServerErrorRate)
            {
                return SmartcarError.ServerInternal();
            }

            if (draw < faults.ServerErrorRate + faults.UpstreamErrorRate)
            {
                return SmartcarError.UpstreamUnknown();
            }
        }

        return vehicle.Asleep ? SmartcarError.Asleep() : null;
    }

    /// <summary>
    /// Reads the vehicle as of now − data age: the values are genuinely that old, and the timestamps (wall clock) say so.
    /// </summary>
    public DataReading Read(SimVehicle vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        var fetchedAt = _state.Clock.WallNow;
        var recordedAt = fetchedAt - _state.Faults.DataAge;
        var snapshot = vehicle.SnapshotAt(_state.Clock.ToSimulated(recordedAt));
        return new DataReading(snapshot, recordedAt, fetchedAt);
    }

    public void Count(string endpoint, string? vehicleId)
    {
        _state.Stats.CountRequest(endpoint);
        if (vehicleId is not null)
        {
            _state.Stats.CountVehicle(vehicleId);
        }
    }

    public void CountError(SmartcarError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _state.Stats.CountError(error.Type, error.Code);
    }
}

/// <summary>A vehicle reading plus when the vehicle recorded it (<c>sc-data-age</c>) and when it was fetched.</summary>
public sealed record DataReading(VehicleSnapshot Snapshot, DateTimeOffset RecordedAt, DateTimeOffset FetchedAt);
