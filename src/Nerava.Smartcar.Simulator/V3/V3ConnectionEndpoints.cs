using Nerava.Smartcar.Simulator.Connect;
using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.Vehicles;

namespace Nerava.Smartcar.Simulator.V3;

/// <summary>
/// v3 connections (application token only): list, get and remove. *Derived*: the docs name the operations but show no body, so
/// the shape follows the other v3 JSON:API resources: <c>{id, type:"connection", attributes:{vehicleId, userId, connectedAt, mode}}</c>.
/// </summary>
public static class V3ConnectionEndpoints
{
    public static void MapV3Connections(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("v3/connections", ListAsync);
        group.MapGet("v3/connections/{vehicleId}", GetAsync);
        group.MapDelete("v3/connections/{vehicleId}", DeleteAsync);
    }

    private static async Task ListAsync(HttpContext context, SimulatorState state, ApiGate gate)
    {
        var requestId = V2Responses.NewRequestId();
        gate.Count("v3 GET /connections", null);
        if (await AuthenticateAsync(context, state, gate, requestId) is not { } clientId)
        {
            return;
        }

        var userId = context.Request.Query["user_id"].ToString();
        var vehicleId = context.Request.Query["vehicle_id"].ToString();
        var all = state.Connections.ForApplication(clientId)
            .Where(c => (userId.Length == 0 || c.UserId == userId) && (vehicleId.Length == 0 || c.VehicleId == vehicleId))
            .ToArray();
        var page = Math.Max(1, RequestTools.QueryInt(context.Request, "page") ?? 1);
        var pageSize = Math.Clamp(RequestTools.QueryInt(context.Request, "pageSize") ?? 50, 1, 100);
        var data = all.Skip((page - 1) * pageSize).Take(pageSize).Select(Resource).ToArray();
        await V3Responses.OkAsync(context, new { data, meta = new { page, pageSize, totalCount = all.Length } }, requestId);
    }

    private static async Task GetAsync(HttpContext context, string vehicleId, SimulatorState state, ApiGate gate)
    {
        var requestId = V2Responses.NewRequestId();
        gate.Count("v3 GET /connections/{id}", null);
        if (await AuthenticateAsync(context, state, gate, requestId) is not { } clientId)
        {
            return;
        }

        if (state.Connections.Find(clientId, vehicleId) is not { } connection)
        {
            await V3Responses.ErrorAsync(context, gate, SmartcarError.PathNotFound(), requestId);
            return;
        }

        await V3Responses.OkAsync(context, new { data = Resource(connection) }, requestId);
    }

    private static async Task DeleteAsync(HttpContext context, string vehicleId, SimulatorState state, ApiGate gate)
    {
        var requestId = V2Responses.NewRequestId();
        gate.Count("v3 DELETE /connections/{id}", null);
        if (await AuthenticateAsync(context, state, gate, requestId) is not { } clientId)
        {
            return;
        }

        if (state.Connections.Find(clientId, vehicleId) is null)
        {
            await V3Responses.ErrorAsync(context, gate, SmartcarError.PathNotFound(), requestId);
            return;
        }

        state.Disconnect(clientId, vehicleId);
        context.Response.Headers["sc-request-id"] = requestId;
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static async Task<string?> AuthenticateAsync(HttpContext context, SimulatorState state, ApiGate gate, string requestId)
    {
        var clientId = state.Tokens.AuthenticateApplicationToken(RequestTools.BearerToken(context.Request));
        var error = clientId is null ? SmartcarError.Authentication() : gate.CheckApplication(clientId);
        if (error is not null)
        {
            await V3Responses.ErrorAsync(context, gate, error, requestId);
            return null;
        }

        return clientId;
    }

    private static object Resource(Connection c) => new
    {
        id = c.VehicleId,
        type = "connection",
        attributes = new { vehicleId = c.VehicleId, userId = c.UserId, connectedAt = WireJson.IsoTimestamp(c.ConnectedAt), mode = "simulated" },
    };
}
