using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.Vehicles;

namespace Nerava.Smartcar.Simulator.V3;

/// <summary>Writes v3 responses: JSON:API bodies and the <c>{"errors":[…]}</c> error format.</summary>
public static class V3Responses
{
    public static Task OkAsync(HttpContext context, object body, string requestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers["sc-request-id"] = requestId;
        return WireJson.WriteAsync(context, StatusCodes.Status200OK, body, WireJson.Smartcar);
    }

    public static Task ErrorAsync(HttpContext context, ApiGate gate, SmartcarError error, string requestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(error);
        gate.CountError(error);
        context.Response.Headers["sc-request-id"] = requestId;
        if (error.RetryAfterHeader is { } retryAfter)
        {
            context.Response.Headers["retry-after"] = retryAfter;
        }

        return WireJson.WriteAsync(context, error.StatusCode, error.ToV3Body(requestId), WireJson.Smartcar);
    }
}
