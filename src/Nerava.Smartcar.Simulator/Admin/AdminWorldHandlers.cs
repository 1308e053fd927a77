using Nerava.Smartcar.Simulator.Limits;
using Nerava.Smartcar.Simulator.Webhooks;

namespace Nerava.Smartcar.Simulator.Admin;

/// <summary>The simulated clock, fault/limit settings and request statistics.</summary>
public static class AdminWorldHandlers
{
    public static Task GetClockAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return AdminIo.OkAsync(context, Clock(state));
    }

    /// <summary><c>{time_scale?, advance_seconds?}</c>: change the speed of simulated time and/or jump it forward.</summary>
    public static async Task PutClockAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = await AdminIo.ReadAsync<ClockRequest>(context);
        if (request is null || request.TimeScale is < 0 or > 1_000_000 || request.AdvanceSeconds is < 0)
        {
            await AdminIo.BadRequestAsync(context, "time_scale must be 0–1,000,000 and advance_seconds non-negative.");
            return;
        }

        if (request.TimeScale is { } scale)
        {
            state.Clock.SetTimeScale(scale);
        }

        if (request.AdvanceSeconds is { } seconds)
        {
            state.Clock.Advance(TimeSpan.FromSeconds(seconds));
        }

        state.OnWorldChanged();
        await AdminIo.OkAsync(context, Clock(state));
    }

    public static Task GetFaultsAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return AdminIo.OkAsync(context, ToDto(state.Faults));
    }

    /// <summary>Partial update: absent fields keep their value; <c>vehicle_rate_limit_per_hour: 0</c> turns that limit off.</summary>
    public static async Task PutFaultsAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var r = await AdminIo.ReadAsync<FaultsDto>(context);
        if (r is null || r.LatencyMs is < 0 || r.LatencyMaxMs is < 0 || r.DataAgeSeconds is < 0 || r.VehicleRateLimitPerHour is < 0
            || r.AppRateLimitCapacity is < 1 || r.AppRateLimitRefillPerMinute is < 0 || r.ServerErrorRate is < 0 or > 1 || r.UpstreamErrorRate is < 0 or > 1)
        {
            await AdminIo.BadRequestAsync(context, "Durations, limits and rates must be non-negative; rates at most 1; capacity at least 1.");
            return;
        }

        var current = state.Faults;
        state.Faults = current with
        {
            Latency = r.LatencyMs is { } latency ? TimeSpan.FromMilliseconds(latency) : current.Latency,
            LatencyMax = r.LatencyMaxMs is { } max ? TimeSpan.FromMilliseconds(max) : current.LatencyMax,
            DataAge = r.DataAgeSeconds is { } age ? TimeSpan.FromSeconds(age) : current.DataAge,
            VehicleRateLimitPerHour = r.VehicleRateLimitPerHour is { } perHour ? (perHour == 0 ? null : perHour) : current.VehicleRateLimitPerHour,
            AppRateLimitEnabled = r.AppRateLimitEnabled ?? current.AppRateLimitEnabled,
            AppRateLimitCapacity = r.AppRateLimitCapacity ?? current.AppRateLimitCapacity,
            AppRateLimitRefillPerMinute = r.AppRateLimitRefillPerMinute ?? current.AppRateLimitRefillPerMinute,
            ServerErrorRate = r.ServerErrorRate ?? current.ServerErrorRate,
            UpstreamErrorRate = r.UpstreamErrorRate ?? current.UpstreamErrorRate,
        };
        await AdminIo.OkAsync(context, ToDto(state.Faults));
    }

    public static Task GetStatsAsync(HttpContext context, SimulatorState state, WebhookDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(dispatcher);
        var stats = state.Stats;
        return AdminIo.OkAsync(context, new
        {
            requestsTotal = stats.Requests,
            requestsByEndpoint = stats.ByEndpoint,
            requestsByVehicle = stats.ByVehicle,
            errorsByType = stats.ErrorsByType,
            rateLimited = new { vehicle = stats.VehicleRateLimited, smartcarApi = stats.AppRateLimited },
            webhooks = new { attempts = stats.WebhookAttempts, delivered = stats.WebhookDelivered, dropped = stats.WebhookDropped, inFlight = dispatcher.InFlight },
        });
    }

    public static Task ResetStatsAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        state.Stats.Reset();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static ClockResponse Clock(SimulatorState state) => new(state.Clock.TimeScale, state.Clock.Now, state.Clock.WallNow);

    private static FaultsDto ToDto(FaultSettings f) => new(
        f.Latency.TotalMilliseconds, f.LatencyMax?.TotalMilliseconds, f.DataAge.TotalSeconds, f.VehicleRateLimitPerHour, f.AppRateLimitEnabled,
        f.AppRateLimitCapacity, f.AppRateLimitRefillPerMinute, f.ServerErrorRate, f.UpstreamErrorRate);
}
