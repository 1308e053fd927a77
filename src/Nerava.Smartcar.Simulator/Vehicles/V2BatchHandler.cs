using System.Text.Json;
using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>
/// <c>POST /v2.0/vehicles/{id}/batch</c>. The outer status stays 200; each item carries its own <c>code</c>, <c>body</c> (the
/// full error object on failure) and a <c>headers</c> object, which Python needs on every item. A rate-limited item gets both
/// <c>retry-after</c> (read by Node) and <c>Retry-After</c> (read by Python).
/// </summary>
public static class V2BatchHandler
{
    public static async Task HandleAsync(HttpContext context, JsonElement body, Grant grant, SimVehicle vehicle, ApiGate gate, string requestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(vehicle);
        ArgumentNullException.ThrowIfNull(gate);
        var paths = ParsePaths(body);
        if (paths is null)
        {
            await V2Endpoints.FailAsync(
                context, gate, SmartcarError.Validation("requests", "Body must be {\"requests\":[{\"path\":\"/...\"}]} with at least one path."), requestId);
            return;
        }

        var units = UnitSystem.From(context.Request);

        // One trip to the vehicle: the per-vehicle limit is checked once for the whole batch.
        var limited = gate.CheckVehicleLimit(vehicle.Id);
        var responses = new List<object>(paths.Count);
        foreach (var path in paths)
        {
            gate.Count(V2Endpoints.Endpoint("BATCH", path), vehicle.Id);
            responses.Add(Item(path, grant, vehicle, gate, units, limited));
        }

        await V2Responses.WriteOkAsync(context, new { responses }, requestId, new Dictionary<string, string> { ["sc-unit-system"] = units.Name });
    }

    private static object Item(string path, Grant grant, SimVehicle vehicle, ApiGate gate, UnitSystem units, SmartcarError? limited)
    {
        var resource = V2Resources.Find(RequestTools.NormalizePath(path));
        var error = resource is null ? SmartcarError.PathNotFound()
            : !grant.HasPermission(resource.Permission) ? SmartcarError.Permission(resource.Permission)
            : limited ?? gate.CheckVehicle(vehicle);
        if (error is not null)
        {
            gate.CountError(error);
            var itemRequestId = V2Responses.NewRequestId();
            var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["sc-request-id"] = itemRequestId };
            if (error.RetryAfterHeader is { } retryAfter)
            {
                headers["retry-after"] = retryAfter;
                headers["Retry-After"] = retryAfter;
            }

            return new { path, code = error.StatusCode, body = error.ToV2Body(itemRequestId), headers };
        }

        var reading = gate.Read(vehicle);
        return new { path, code = 200, body = resource!.Render(vehicle, reading.Snapshot, units), headers = V2Responses.DataHeaders(reading, units) };
    }

    private static List<string>? ParsePaths(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("requests", out var requests)
            || requests.ValueKind != JsonValueKind.Array
            || requests.GetArrayLength() == 0)
        {
            return null;
        }

        var paths = new List<string>();
        foreach (var request in requests.EnumerateArray())
        {
            if (request.ValueKind != JsonValueKind.Object
                || !request.TryGetProperty("path", out var path)
                || path.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            paths.Add(path.GetString()!);
        }

        return paths;
    }
}
