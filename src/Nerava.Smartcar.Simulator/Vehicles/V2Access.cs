using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>Resolves the caller of a v2 request: a live access token, the application bucket, then the vehicle.</summary>
public static class V2Access
{
    /// <summary>The grant behind the Bearer token after the application bucket, or the error to return.</summary>
    public static (Grant? Grant, SmartcarError? Error) Authenticate(HttpContext context, SimulatorState state, ApiGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(gate);
        var grant = state.Tokens.AuthenticateAccessToken(RequestTools.BearerToken(context.Request));
        if (grant is null)
        {
            return (null, SmartcarError.Authentication());
        }

        return gate.CheckApplication(grant.ClientId) is { } limited ? (null, limited) : (grant, null);
    }

    /// <summary>
    /// The vehicle when the token covers it and it is still connected. A vehicle the token does not cover (never granted, or
    /// disconnected) is an AUTHENTICATION error, as with Smartcar's per-vehicle tokens.
    /// </summary>
    public static SimVehicle? Vehicle(SimulatorState state, Grant grant, string vehicleId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(grant);
        return grant.Covers(vehicleId) && state.Connections.Find(grant.ClientId, vehicleId) is not null ? state.World.Find(vehicleId) : null;
    }

    /// <summary>The grant's vehicles that are still connected, in a stable order.</summary>
    public static IReadOnlyList<string> ConnectedVehicles(SimulatorState state, Grant grant)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(grant);
        return [.. grant.VehicleIds.Where(id => state.Connections.Find(grant.ClientId, id) is not null && state.World.Find(id) is not null)];
    }
}
