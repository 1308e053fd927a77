using Nerava.Smartcar.Simulator.Hosting;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>
/// Maps Vehicle API v2.0. Vehicle sub-resources go through catch-all routes so that every path works with and without the
/// trailing slash the Node SDK adds (<c>/v2.0/vehicles/{id}/</c>), and unknown paths get Smartcar's RESOURCE_NOT_FOUND body.
/// </summary>
public static class V2Endpoints
{
    public static void MapV2(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("v2.0/user", V2ListHandlers.GetUserAsync);
        group.MapGet("v2.0/vehicles", V2ListHandlers.GetVehiclesAsync);
        group.MapGet("v2.0/vehicles/{vehicleId}/{**path}", V2ReadHandlers.GetAsync);
        group.MapPost("v2.0/vehicles/{vehicleId}/{**path}", V2CommandHandlers.PostAsync);
        group.MapDelete("v2.0/vehicles/{vehicleId}/{**path}", V2CommandHandlers.DeleteAsync);
        group.MapGet("v2.0/management/connections", V2ManagementHandlers.GetConnectionsAsync);
        group.MapDelete("v2.0/management/connections", V2ManagementHandlers.DeleteConnectionsAsync);

        group.Map("v2.0/{**rest}", (HttpContext context) => NotFoundAsync(context, SmartcarError.PathNotFound()));

        // No regex route constraint: CreateSlimBuilder hosts do not register it.
        group.Map("{version}/vehicles/{**rest}", (HttpContext context, string version) =>
            IsVersionSegment(version) ? NotFoundAsync(context, SmartcarError.VersionNotFound()) : NotFoundAsync(context, SmartcarError.PathNotFound()));
    }

    private static Task NotFoundAsync(HttpContext context, SmartcarError error) =>
        V2Responses.WriteErrorAsync(context, error, V2Responses.NewRequestId());

    /// <summary>Writes an error and counts it; the handlers' single exit for failures.</summary>
    internal static Task FailAsync(HttpContext context, ApiGate gate, SmartcarError error, string requestId)
    {
        gate.CountError(error);
        return V2Responses.WriteErrorAsync(context, error, requestId);
    }

    private static bool IsVersionSegment(string segment) => segment.Length > 1 && segment[0] == 'v' && char.IsAsciiDigit(segment[1]);

    internal static string Endpoint(string method, string path) => $"v2 {method} /{RequestTools.NormalizePath(path)}";
}
