using Nerava.Smartcar.Simulator.Hosting;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>GET on a vehicle: attributes (<c>/</c>), readable resources and <c>/permissions</c>.</summary>
public static class V2ReadHandlers
{
    public static async Task GetAsync(HttpContext context, string vehicleId, string? path, SimulatorState state, ApiGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var requestId = V2Responses.NewRequestId();
        var subPath = RequestTools.NormalizePath(path);
        gate.Count(V2Endpoints.Endpoint("GET", subPath), vehicleId);
        await gate.DelayAsync(context.RequestAborted);

        var (grant, error) = V2Access.Authenticate(context, state, gate);
        if (grant is null)
        {
            await V2Endpoints.FailAsync(context, gate, error!, requestId);
            return;
        }

        var vehicle = V2Access.Vehicle(state, grant, vehicleId);
        if (vehicle is null)
        {
            await V2Endpoints.FailAsync(context, gate, SmartcarError.Authentication(), requestId);
            return;
        }

        if (subPath == "permissions")
        {
            // Not a vehicle call: answered from the grant, no vehicle limits or sleep.
            var (paging, pagingError) = Paging.Parse(context.Request);
            if (pagingError is not null)
            {
                await V2Endpoints.FailAsync(context, gate, pagingError, requestId);
                return;
            }

            var page = grant.Permissions.Skip(paging.Offset).Take(paging.Limit).ToArray();
            await V2Responses.WriteOkAsync(context, new { permissions = page, paging = paging.Envelope(grant.Permissions.Count) }, requestId);
            return;
        }

        var resource = V2Resources.Find(subPath);
        if (resource is null)
        {
            await V2Endpoints.FailAsync(context, gate, SmartcarError.PathNotFound(), requestId);
            return;
        }

        if (!grant.HasPermission(resource.Permission))
        {
            await V2Endpoints.FailAsync(context, gate, SmartcarError.Permission(resource.Permission), requestId);
            return;
        }

        if ((gate.CheckVehicleLimit(vehicle.Id) ?? gate.CheckVehicle(vehicle)) is { } vehicleError)
        {
            await V2Endpoints.FailAsync(context, gate, vehicleError, requestId);
            return;
        }

        var units = UnitSystem.From(context.Request);
        var reading = gate.Read(vehicle);
        var body = resource.Render(vehicle, reading.Snapshot, units);
        await V2Responses.WriteOkAsync(context, body, requestId, V2Responses.DataHeaders(reading, units));
    }
}
