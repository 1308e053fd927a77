namespace Nerava.Smartcar.Vehicles;

/// <summary>
/// What is needed to read one vehicle. v2.0 needs <see cref="AccessToken"/> (the Connect token). v3 uses the application token plus
/// <c>sc-user-id</c> when <see cref="SmartcarUserId"/> is set, else the Connect token as the official SDKs do.
/// </summary>
public sealed record VehicleAccess(string VehicleId, string? AccessToken, string? SmartcarUserId = null)
{
    /// <summary>
    /// The most requests Smartcar may count for one read through <see cref="IVehicleDataClient"/>: batch items, v3 pages and retries
    /// together. Retries and further pages that would exceed it are not made, so a per-vehicle budget holds. Null: no cap.
    /// </summary>
    public int? MaxBillableRequests { get; init; }

    /// <summary>Keeps tokens out of logs.</summary>
    public override string ToString() => $"VehicleAccess {{ VehicleId = {VehicleId}, SmartcarUserId = {SmartcarUserId} }}";
}
