using System.Globalization;
using Nerava.Smartcar.Simulator.Applications;
using Nerava.Smartcar.Simulator.Connect;
using Nerava.Smartcar.Simulator.Hosting;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>
/// <c>GET|DELETE /v2.0/management/connections</c> with <c>Authorization: Basic base64("default:" + AMT)</c>, as the SDKs call it.
/// </summary>
public static class V2ManagementHandlers
{
    public static async Task GetConnectionsAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var requestId = V2Responses.NewRequestId();
        state.Stats.CountRequest("v2 GET /management/connections");
        if (Authenticate(context, state) is not { } application)
        {
            await V2Responses.WriteErrorAsync(context, SmartcarError.Authentication(), requestId);
            return;
        }

        var limit = Math.Clamp(RequestTools.QueryInt(context.Request, "limit") ?? 10, 1, 100);
        var offset = Math.Max(0, RequestTools.QueryInt(context.Request, "cursor") ?? 0);
        var matching = Filter(state.Connections.ForApplication(application.ClientId), context.Request).ToList();
        var page = matching.Skip(offset).Take(limit).Select(x => new
        {
            vehicleId = x.VehicleId,
            userId = x.UserId,
            connectedAt = WireJson.IsoTimestamp(x.ConnectedAt),
            mode = "simulated",
        }).ToArray();

        // The cursor is an opaque offset; null when this is the last page.
        var next = offset + page.Length < matching.Count ? (offset + page.Length).ToString(CultureInfo.InvariantCulture) : null;
        await V2Responses.WriteOkAsync(context, new { connections = page, paging = new { cursor = next } }, requestId);
    }

    public static async Task DeleteConnectionsAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var requestId = V2Responses.NewRequestId();
        state.Stats.CountRequest("v2 DELETE /management/connections");
        if (Authenticate(context, state) is not { } application)
        {
            await V2Responses.WriteErrorAsync(context, SmartcarError.Authentication(), requestId);
            return;
        }

        var hasUser = !string.IsNullOrEmpty(context.Request.Query["user_id"]);
        var hasVehicle = !string.IsNullOrEmpty(context.Request.Query["vehicle_id"]);
        if (hasUser == hasVehicle)
        {
            await V2Responses.WriteErrorAsync(context, SmartcarError.Validation("user_id", "Provide exactly one of user_id or vehicle_id."), requestId);
            return;
        }

        var removed = Filter(state.Connections.ForApplication(application.ClientId), context.Request).ToList();
        foreach (var connection in removed)
        {
            state.Disconnect(application.ClientId, connection.VehicleId);
        }

        await V2Responses.WriteOkAsync(context, new { connections = removed.Select(x => new { userId = x.UserId, vehicleId = x.VehicleId }).ToArray() }, requestId);
    }

    private static SimApplication? Authenticate(HttpContext context, SimulatorState state) =>
        RequestTools.BasicCredentials(context.Request) is { User: "default" } credentials
            ? state.Applications.FindByManagementToken(credentials.Password)
            : null;

    private static IEnumerable<Connection> Filter(IEnumerable<Connection> connections, HttpRequest request)
    {
        var userId = request.Query["user_id"].ToString();
        var vehicleId = request.Query["vehicle_id"].ToString();
        return connections.Where(c => (userId.Length == 0 || c.UserId == userId) && (vehicleId.Length == 0 || c.VehicleId == vehicleId));
    }
}
