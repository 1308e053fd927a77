namespace Nerava.Smartcar.Vehicles;

/// <summary>Reads vehicle data through v2.0 or v3, as chosen by <see cref="SmartcarOptions.ApiVersion"/>.</summary>
public interface IVehicleDataClient
{
    /// <summary>The API version this client speaks (<c>"2.0"</c> or <c>"3"</c>).</summary>
    string ApiVersion { get; }

    /// <summary>
    /// Requests Smartcar counts for one read of <paramref name="kinds"/> when nothing is retried: v2.0 bills each batch item, v3 one
    /// request for a signal or the signal list (more only when the list spans pages).
    /// </summary>
    int BillableRequestsPerRead(VehicleDataKinds kinds);

    /// <summary>
    /// Reads the requested parts in as few HTTP calls as the API allows, spending at most <see cref="VehicleAccess.MaxBillableRequests"/>
    /// (retries included); <see cref="VehicleSnapshot.BillableRequests"/> or <see cref="Errors.SmartcarException.BillableRequests"/> says
    /// what was spent.
    /// </summary>
    Task<VehicleSnapshot> GetSnapshotAsync(VehicleAccess access, VehicleDataKinds kinds, CancellationToken ct = default);

    /// <summary>Make, model and year.</summary>
    Task<VehicleDescription> GetDescriptionAsync(VehicleAccess access, CancellationToken ct = default);
}
