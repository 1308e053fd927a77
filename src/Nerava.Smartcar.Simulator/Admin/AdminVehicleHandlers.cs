using Nerava.Smartcar.Simulator.Limits;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Admin;

/// <summary>Creating vehicles, reading their true state, and driving, charging or breaking them.</summary>
public static class AdminVehicleHandlers
{
    public static async Task CreateAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = await AdminIo.ReadAsync<CreateVehicleRequest>(context);
        if (request is null || !ValidPosition(request.Lat, request.Lng) || request.SocPercent is < 0 or > 100)
        {
            await AdminIo.BadRequestAsync(context, "lat and lng are required; soc_percent must be 0–100.");
            return;
        }

        var defaults = new VehicleSpec();
        SimVehicle vehicle;
        try
        {
            vehicle = state.AddVehicle(new VehicleSpec
            {
                Id = request.Id,
                Make = request.Make ?? defaults.Make,
                Model = request.Model ?? defaults.Model,
                Year = request.Year ?? defaults.Year,
                Vin = request.Vin,
                Position = new GeoPoint(request.Lat!.Value, request.Lng!.Value),
                SocPercent = request.SocPercent ?? defaults.SocPercent,
                BatteryKwh = request.BatteryKwh is > 0 ? request.BatteryKwh.Value : defaults.BatteryKwh,
                ChargeLimitPercent = request.ChargeLimitPercent ?? defaults.ChargeLimitPercent,
                Asleep = request.Asleep ?? false,
                ClientId = request.ClientId,
            });
        }
        catch (InvalidOperationException ex)
        {
            await AdminIo.BadRequestAsync(context, ex.Message);
            return;
        }

        await AdminIo.OkAsync(context, AdminViews.State(vehicle, vehicle.SnapshotAt(state.Clock.Now)), StatusCodes.Status201Created);
    }

    public static Task ListAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = state.Clock.Now;
        var vehicles = state.World.Vehicles.OrderBy(v => v.Id, StringComparer.Ordinal).Select(v => AdminViews.State(v, v.SnapshotAt(now))).ToArray();
        return AdminIo.OkAsync(context, new { vehicles });
    }

    public static Task GetAsync(HttpContext context, string vehicleId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.World.Find(vehicleId) is { } vehicle
            ? AdminIo.OkAsync(context, AdminViews.State(vehicle, vehicle.SnapshotAt(state.Clock.Now)))
            : AdminIo.NotFoundAsync(context, $"No vehicle '{vehicleId}'.");
    }

    public static async Task PatchAsync(HttpContext context, string vehicleId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.World.Find(vehicleId) is not { } vehicle)
        {
            await AdminIo.NotFoundAsync(context, $"No vehicle '{vehicleId}'.");
            return;
        }

        var request = await AdminIo.ReadAsync<PatchVehicleRequest>(context);
        if (request is null || (request.Lat is null) != (request.Lng is null) || (request.Lat is not null && !ValidPosition(request.Lat, request.Lng)))
        {
            await AdminIo.BadRequestAsync(context, "Give lat and lng together, within range.");
            return;
        }

        var now = state.Clock.Now;
        if (request.Asleep is { } asleep)
        {
            vehicle.SetAsleep(asleep);
        }

        if (request.ChargeLimitPercent is { } limit)
        {
            vehicle.SetChargeLimit(limit, now);
        }

        GeoPoint? position = request.Lat is { } lat ? new GeoPoint(lat, request.Lng!.Value) : null;
        if (position is not null || request.SocPercent is not null)
        {
            vehicle.Override(position, request.SocPercent, now);
        }

        state.OnWorldChanged();
        await AdminIo.OkAsync(context, AdminViews.State(vehicle, vehicle.SnapshotAt(now)));
    }

    public static async Task StartTripAsync(HttpContext context, string vehicleId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = await AdminIo.ReadAsync<TripRequest>(context);
        if (request is null || !ValidPosition(request.ToLat, request.ToLng) || request.SpeedKmh is <= 0 or > 300)
        {
            await AdminIo.BadRequestAsync(context, "to_lat and to_lng are required; speed_kmh must be in (0, 300].");
            return;
        }

        var route = state.StartTrip(vehicleId, new GeoPoint(request.ToLat!.Value, request.ToLng!.Value), request.SpeedKmh, request.Seed);
        if (route is null)
        {
            await AdminIo.NotFoundAsync(context, $"No vehicle '{vehicleId}'.");
            return;
        }

        var eta = state.Snapshot(vehicleId)?.TripEta ?? state.Clock.Now + route.Duration;
        await AdminIo.OkAsync(context, AdminViews.Trip(vehicleId, route, eta, includePoints: false), StatusCodes.Status201Created);
    }

    public static Task GetRouteAsync(HttpContext context, string vehicleId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var vehicle = state.World.Find(vehicleId);
        if (vehicle?.CurrentRoute is not { } route)
        {
            return AdminIo.NotFoundAsync(context, $"Vehicle '{vehicleId}' is unknown or has no active trip.");
        }

        var eta = vehicle.SnapshotAt(state.Clock.Now).TripEta ?? state.Clock.Now;
        return AdminIo.OkAsync(context, AdminViews.Trip(vehicleId, route, eta, includePoints: true));
    }

    public static async Task ChargingAsync(HttpContext context, string vehicleId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = await AdminIo.ReadAsync<ChargingRequest>(context);
        if (request?.PluggedIn is not { } pluggedIn || request.TargetPercent is < 1 or > 100 || request.PowerKw is <= 0 or > 400)
        {
            await AdminIo.BadRequestAsync(context, "plugged_in is required; target_percent must be 1–100 and power_kw in (0, 400].");
            return;
        }

        if (!state.SetCharging(vehicleId, pluggedIn, request.TargetPercent, request.PowerKw))
        {
            await AdminIo.NotFoundAsync(context, $"No vehicle '{vehicleId}'.");
            return;
        }

        var vehicle = state.World.Find(vehicleId)!;
        await AdminIo.OkAsync(context, AdminViews.State(vehicle, vehicle.SnapshotAt(state.Clock.Now)));
    }

    public static async Task InjectErrorAsync(HttpContext context, string vehicleId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.World.Find(vehicleId) is null)
        {
            await AdminIo.NotFoundAsync(context, $"No vehicle '{vehicleId}'.");
            return;
        }

        var request = await AdminIo.ReadAsync<InjectErrorRequest>(context);
        if (request is null || string.IsNullOrWhiteSpace(request.Type) || request.StatusCode is not (>= 400 and <= 599) || request.Count is < 1 or > 1000)
        {
            await AdminIo.BadRequestAsync(context, "type and status_code (400–599) are required; count must be 1–1000.");
            return;
        }

        var count = request.Count ?? 1;
        state.InjectError(vehicleId, new InjectedError(request.Type, request.Code, request.StatusCode.Value, request.Description), count);
        await AdminIo.OkAsync(context, new { queued = count }, StatusCodes.Status202Accepted);
    }

    private static bool ValidPosition(double? lat, double? lng) => lat is >= -90 and <= 90 && lng is >= -180 and <= 180;
}
