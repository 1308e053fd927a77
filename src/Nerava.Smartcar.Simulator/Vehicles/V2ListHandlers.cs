namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary><c>GET /v2.0/user</c> and <c>GET /v2.0/vehicles</c>: owner-level calls with no vehicle in the path.</summary>
public static class V2ListHandlers
{
    public static async Task GetUserAsync(HttpContext context, SimulatorState state, ApiGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requestId = V2Responses.NewRequestId();
        gate.Count("v2 GET /user", null);
        await gate.DelayAsync(context.RequestAborted);
        var (grant, error) = V2Access.Authenticate(context, state, gate);
        if (grant is null)
        {
            await V2Endpoints.FailAsync(context, gate, error!, requestId);
            return;
        }

        await V2Responses.WriteOkAsync(context, new { id = grant.UserId }, requestId);
    }

    public static async Task GetVehiclesAsync(HttpContext context, SimulatorState state, ApiGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requestId = V2Responses.NewRequestId();
        gate.Count("v2 GET /vehicles", null);
        await gate.DelayAsync(context.RequestAborted);
        var (grant, error) = V2Access.Authenticate(context, state, gate);
        if (grant is null)
        {
            await V2Endpoints.FailAsync(context, gate, error!, requestId);
            return;
        }

        var (paging, pagingError) = Paging.Parse(context.Request);
        if (pagingError is not null)
        {
            await V2Endpoints.FailAsync(context, gate, pagingError, requestId);
            return;
        }

        var vehicles = V2Access.ConnectedVehicles(state, grant);
        var page = vehicles.Skip(paging.Offset).Take(paging.Limit).ToArray();
        await V2Responses.WriteOkAsync(context, new { paging = paging.Envelope(vehicles.Count), vehicles = page }, requestId);
    }
}
