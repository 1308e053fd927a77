using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Smartcar;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.Features.Tracking;

/// <summary>Fetches a tracked vehicle's state. The benchmark swaps in its own; the product uses Smartcar.</summary>
public interface IVehiclePoller
{
    Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct);
}

/// <summary>Smartcar through the version-neutral client, with a valid (refreshed if needed) token.</summary>
public sealed class SmartcarVehiclePoller(NeravaDbContext db, TokenRefresher tokens, IVehicleDataClient vehicles) : IVehiclePoller
{
    public async Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct)
    {
        var connection = await db.SmartcarConnections.AsNoTracking()
            .Where(c => c.DriverId == driverId && c.VehicleId == vehicleId && c.Status == ConnectionStatus.Active)
            .Select(c => new { c.Id, c.SmartcarUserId }).FirstOrDefaultAsync(ct)
            ?? throw new ReconnectRequiredException(vehicleId);
        var access = await tokens.GetAccessTokenAsync(connection.Id, ct);
        return await vehicles.GetSnapshotAsync(new VehicleAccess(vehicleId, access, connection.SmartcarUserId), kinds, ct);
    }
}
