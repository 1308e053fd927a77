namespace Nerava.Smartcar.Vehicles;

/// <summary>
/// What is needed to read one vehicle. v2.0 needs <see cref="AccessToken"/> (the Connect token). v3 uses the application token plus
/// <c>sc-user-id</c> when <see cref="SmartcarUserId"/> is set, else the Connect token as the official SDKs do.
/// </summary>
public sealed record VehicleAccess(string VehicleId, string? AccessToken, string? SmartcarUserId = null)
{
    /// <summary>Keeps tokens out of logs.</summary>
    public override string ToString() => $"VehicleAccess {{ VehicleId = {VehicleId}, SmartcarUserId = {SmartcarUserId} }}";
}
