using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.Vehicles;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.V3;

/// <summary>Vehicle API v3: vehicle, signals, one signal (vehicle.api.smartcar.com/v3).</summary>
public static class V3Endpoints
{
    private const int DefaultPageSize = 50;

    public static void MapV3(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("v3/vehicles/{vehicleId}", GetVehicleAsync);
        group.MapGet("v3/vehicles/{vehicleId}/signals", GetSignalsAsync);
        group.MapGet("v3/vehicles/{vehicleId}/signals/{code}", GetSignalAsync);
        group.MapV3Connections();
        group.Map("v3/{**rest}", (HttpContext context, ApiGate gate) =>
            V3Responses.ErrorAsync(context, gate, SmartcarError.PathNotFound(), V2Responses.NewRequestId()));
    }

    private static async Task GetVehicleAsync(HttpContext context, string vehicleId, SimulatorState state, ApiGate gate)
    {
        var requestId = V2Responses.NewRequestId();
        gate.Count("v3 GET /vehicles/{id}", vehicleId);
        if (await ResolveAsync(context, vehicleId, state, gate, requestId, Permissions.ReadVehicleInfo) is not { } resolved)
        {
            return;
        }

        await V3Responses.OkAsync(context, new { data = V3Resources.Vehicle(resolved.Vehicle) }, requestId);
    }

    private static async Task GetSignalsAsync(HttpContext context, string vehicleId, SimulatorState state, ApiGate gate)
    {
        var requestId = V2Responses.NewRequestId();
        gate.Count("v3 GET /signals", vehicleId);
        if (await ResolveAsync(context, vehicleId, state, gate, requestId, null) is not { } resolved)
        {
            return;
        }

        var page = Math.Max(1, RequestTools.QueryInt(context.Request, "page") ?? 1);
        var pageSize = Math.Clamp(RequestTools.QueryInt(context.Request, "pageSize") ?? DefaultPageSize, 1, 100);
        var readable = SignalCatalog.All.Where(s => resolved.Caller.HasPermission(s.Permission)).ToArray();
        var reading = gate.Read(resolved.Vehicle);
        var data = readable.Skip((page - 1) * pageSize).Take(pageSize).Select(s => V3Resources.Signal(s, resolved.Vehicle, reading)).ToArray();
        var lastPage = Math.Max(1, (int)Math.Ceiling(readable.Length / (double)pageSize));
        string Link(int p) => $"/vehicles/{vehicleId}/signals?page={p}&pageSize={pageSize}";
        await V3Responses.OkAsync(context, new
        {
            data,
            meta = new { page, pageSize, totalCount = readable.Length },
            links = new
            {
                self = Link(page),
                first = Link(1),
                previous = page > 1 ? Link(page - 1) : null,
                next = page < lastPage ? Link(page + 1) : null,
                last = Link(lastPage),
            },
            included = new { vehicle = V3Resources.Vehicle(resolved.Vehicle) },
        }, requestId);
    }

    private static async Task GetSignalAsync(HttpContext context, string vehicleId, string code, SimulatorState state, ApiGate gate)
    {
        var requestId = V2Responses.NewRequestId();
        gate.Count($"v3 GET /signals/{code}", vehicleId);
        var signal = SignalCatalog.Find(code);
        if (await ResolveAsync(context, vehicleId, state, gate, requestId, signal?.Permission, signal is null) is not { } resolved)
        {
            return;
        }

        var reading = gate.Read(resolved.Vehicle);
        await V3Responses.OkAsync(context, V3Resources.Signal(signal!, resolved.Vehicle, reading), requestId);
    }

    /// <summary>
    /// Runs the shared checks (latency, token, bucket, vehicle access, unknown signal, permission, vehicle limit and faults) and
    /// writes the error itself; returns null when the request must stop.
    /// </summary>
    private static async Task<(SimVehicle Vehicle, V3Caller Caller)?> ResolveAsync(
        HttpContext context, string vehicleId, SimulatorState state, ApiGate gate, string requestId, string? permission, bool unknownSignal = false)
    {
        await gate.DelayAsync(context.RequestAborted);
        var (caller, error) = V3Caller.Authenticate(context, state, gate);
        if (caller is null)
        {
            await V3Responses.ErrorAsync(context, gate, error!, requestId);
            return null;
        }

        var (vehicle, scoped, accessError) = caller.Vehicle(state, vehicleId);
        var failure = accessError
            ?? (unknownSignal ? SmartcarError.PathNotFound() : null)
            ?? (permission is not null && !scoped!.HasPermission(permission) ? SmartcarError.Permission(permission) : null)
            ?? gate.CheckVehicleLimit(vehicleId)
            ?? gate.CheckVehicle(vehicle!);
        if (failure is not null)
        {
            await V3Responses.ErrorAsync(context, gate, failure, requestId);
            return null;
        }

        return (vehicle!, scoped!);
    }
}
