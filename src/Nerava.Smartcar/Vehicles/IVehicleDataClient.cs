namespace Nerava.Smartcar.Vehicles;

/// <summary>Reads vehicle data through v2.0 or v3, as chosen by <see cref="SmartcarOptions.ApiVersion"/>.</summary>
public interface IVehicleDataClient
{
    /// <summary>The API version this client speaks (<c>"2.0"</c> or <c>"3"</c>).</summary>
    string ApiVersion { get; }

    /// <summary>Reads the requested parts in as few HTTP calls as the API allows.</summary>
    Task<VehicleSnapshot> GetSnapshotAsync(VehicleAccess access, VehicleDataKinds kinds, CancellationToken ct = default);

    /// <summary>Make, model and year.</summary>
    Task<VehicleDescription> GetDescriptionAsync(VehicleAccess access, CancellationToken ct = default);
}
