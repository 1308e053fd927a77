using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.Vehicles;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.V3;

/// <summary>
/// Who is calling v3 and what they may read. Two token kinds are accepted: the v3 application token (client credentials) with
/// the <c>sc-user-id</c> header naming the owner, and — as the Node and Java SDKs still send — a Connect access token.
/// </summary>
public sealed record V3Caller(string ClientId, string? UserId, IReadOnlyList<string> Permissions, bool IsApplicationToken)
{
    public bool HasPermission(string permission) => Permissions.Contains(permission, StringComparer.Ordinal);

    /// <summary>Authenticates the Bearer token and applies the application bucket.</summary>
    public static (V3Caller? Caller, SmartcarError? Error) Authenticate(HttpContext context, SimulatorState state, ApiGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(gate);
        var token = RequestTools.BearerToken(context.Request);
        V3Caller? caller = null;
        if (state.Tokens.AuthenticateApplicationToken(token) is { } clientId)
        {
            var userId = context.Request.Headers["sc-user-id"].ToString();
            caller = new V3Caller(clientId, userId.Length == 0 ? null : userId, [], true);
        }
        else if (state.Tokens.AuthenticateAccessToken(token) is { } grant)
        {
            caller = new V3Caller(grant.ClientId, grant.UserId, grant.Permissions, false) { Grant = grant };
        }

        if (caller is null)
        {
            return (null, SmartcarError.Authentication());
        }

        return gate.CheckApplication(caller.ClientId) is { } limited ? (null, limited) : (caller, null);
    }

    /// <summary>The Connect grant when the caller used a Connect access token.</summary>
    public Token.Grant? Grant { get; init; }

    /// <summary>
    /// The vehicle with the caller's permissions for it. An application token needs <c>sc-user-id</c> (the OpenAPI marks it
    /// required) and only reaches vehicles that user connected.
    /// </summary>
    public (SimVehicle? Vehicle, V3Caller? Scoped, SmartcarError? Error) Vehicle(SimulatorState state, string vehicleId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!IsApplicationToken)
        {
            var vehicle = V2Access.Vehicle(state, Grant!, vehicleId);
            return vehicle is null ? (null, null, SmartcarError.Authentication()) : (vehicle, this, null);
        }

        if (UserId is null)
        {
            return (null, null, SmartcarError.Validation("sc-user-id", "The sc-user-id header is required with an application token."));
        }

        var connection = state.Connections.Find(ClientId, vehicleId);
        var found = connection is not null && connection.UserId == UserId ? state.World.Find(vehicleId) : null;
        if (found is null)
        {
            return (null, null, new SmartcarError(
                "PERMISSION", null, 403, "The vehicle is not connected to this application for the user in sc-user-id.", "REAUTHENTICATE"));
        }

        return (found, this with { Permissions = connection!.Permissions }, null);
    }
}
