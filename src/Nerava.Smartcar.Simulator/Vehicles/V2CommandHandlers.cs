using System.Globalization;
using System.Text.Json;
using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>POST/DELETE on a vehicle: <c>/batch</c>, <c>/charge</c>, <c>/charge/limit</c> and <c>DELETE /application</c>.</summary>
public static class V2CommandHandlers
{
    public static async Task PostAsync(HttpContext context, string vehicleId, string? path, SimulatorState state, ApiGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subPath = RequestTools.NormalizePath(path);
        var requestId = V2Responses.NewRequestId();
        gate.Count(V2Endpoints.Endpoint("POST", subPath), subPath == "batch" ? null : vehicleId);
        await gate.DelayAsync(context.RequestAborted);
        var (grant, vehicle, error) = Resolve(context, vehicleId, state, gate);
        if (error is not null)
        {
            await V2Endpoints.FailAsync(context, gate, error, requestId);
            return;
        }

        JsonElement body;
        try
        {
            body = await ReadJsonAsync(context.Request);
        }
        catch (JsonException)
        {
            await V2Endpoints.FailAsync(context, gate, SmartcarError.Validation("body", "The request body must be valid JSON."), requestId);
            return;
        }

        switch (subPath)
        {
            case "batch":
                await V2BatchHandler.HandleAsync(context, body, grant!, vehicle!, gate, requestId);
                return;
            case "charge":
                await ChargeAsync(context, body, grant!, vehicle!, state, gate, requestId);
                return;
            case "charge/limit":
                await ChargeLimitAsync(context, body, grant!, vehicle!, state, gate, requestId);
                return;
            default:
                await V2Endpoints.FailAsync(context, gate, SmartcarError.PathNotFound(), requestId);
                return;
        }
    }

    public static async Task DeleteAsync(HttpContext context, string vehicleId, string? path, SimulatorState state, ApiGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var subPath = RequestTools.NormalizePath(path);
        var requestId = V2Responses.NewRequestId();
        gate.Count(V2Endpoints.Endpoint("DELETE", subPath), vehicleId);
        await gate.DelayAsync(context.RequestAborted);
        var (grant, _, error) = Resolve(context, vehicleId, state, gate);
        if (error is not null)
        {
            await V2Endpoints.FailAsync(context, gate, error, requestId);
            return;
        }

        if (subPath != "application")
        {
            await V2Endpoints.FailAsync(context, gate, SmartcarError.PathNotFound(), requestId);
            return;
        }

        state.Disconnect(grant!.ClientId, vehicleId, grant);
        await V2Responses.WriteOkAsync(context, new { status = "success" }, requestId);
    }

    private static (Grant? Grant, SimVehicle? Vehicle, SmartcarError? Error) Resolve(HttpContext context, string vehicleId, SimulatorState state, ApiGate gate)
    {
        var (grant, error) = V2Access.Authenticate(context, state, gate);
        if (grant is null)
        {
            return (null, null, error);
        }

        var vehicle = V2Access.Vehicle(state, grant, vehicleId);
        return vehicle is null ? (null, null, SmartcarError.Authentication()) : (grant, vehicle, null);
    }

    private static async Task ChargeAsync(HttpContext context, JsonElement body, Grant grant, SimVehicle vehicle, SimulatorState state, ApiGate gate, string requestId)
    {
        var action = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String
            ? a.GetString()
            : null;
        if (action is not ("START" or "STOP"))
        {
            await V2Endpoints.FailAsync(context, gate, SmartcarError.Validation("action", "action must be START or STOP."), requestId);
            return;
        }

        if (await CommandPreconditionsAsync(context, grant, vehicle, gate, requestId))
        {
            if (!vehicle.SetChargingActive(action == "START", state.Clock.Now))
            {
                await V2Endpoints.FailAsync(context, gate, SmartcarError.PlugNotConnected(), requestId);
                return;
            }

            state.OnWorldChanged();
            await V2Responses.WriteOkAsync(context, new { status = "success", message = "Successfully sent request to vehicle" }, requestId);
        }
    }

    private static async Task ChargeLimitAsync(HttpContext context, JsonElement body, Grant grant, SimVehicle vehicle, SimulatorState state, ApiGate gate, string requestId)
    {
        // The Node SDK sends the limit as a string ("0.8"), Python as a number; accept both.
        double? limit = null;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("limit", out var raw))
        {
            if (raw.ValueKind == JsonValueKind.Number)
            {
                limit = raw.GetDouble();
            }
            else if (raw.ValueKind == JsonValueKind.String
                && double.TryParse(raw.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                limit = parsed;
            }
        }

        if (limit is not { } fraction || fraction < 0.5 || fraction > 1)
        {
            await V2Endpoints.FailAsync(context, gate, SmartcarError.Validation("limit", "limit must be a fraction between 0.5 and 1."), requestId);
            return;
        }

        if (await CommandPreconditionsAsync(context, grant, vehicle, gate, requestId))
        {
            vehicle.SetChargeLimit(fraction * 100, state.Clock.Now);
            state.OnWorldChanged();
            await V2Responses.WriteOkAsync(context, new { status = "success", message = "Successfully sent request to vehicle" }, requestId);
        }
    }

    // Commands need control_charge and reach the vehicle, so the per-vehicle limit, faults and sleep apply.
    private static async Task<bool> CommandPreconditionsAsync(HttpContext context, Grant grant, SimVehicle vehicle, ApiGate gate, string requestId)
    {
        if (!grant.HasPermission(Permissions.ControlCharge))
        {
            await V2Endpoints.FailAsync(context, gate, SmartcarError.Permission(Permissions.ControlCharge), requestId);
            return false;
        }

        if ((gate.CheckVehicleLimit(vehicle.Id) ?? gate.CheckVehicle(vehicle)) is { } error)
        {
            await V2Endpoints.FailAsync(context, gate, error, requestId);
            return false;
        }

        return true;
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
