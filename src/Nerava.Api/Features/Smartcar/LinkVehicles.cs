using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.Features.Smartcar;

/// <summary>
/// After a successful Connect: store the grant's tokens (encrypted) against each approved vehicle and fill the
/// driver's make/model/year so vehicle setup is pre-filled (colour stays the driver's to enter).
/// </summary>
public sealed class LinkVehicles(NeravaDbContext db, SmartcarVehicleClient vehicles, TokenVault vault, TrackingResumption tracking,
    TimeProvider clock)
{
    public async Task<int> LinkAsync(Guid driverId, TokenSet tokens, CancellationToken ct)
    {
        var ids = (await vehicles.GetVehiclesAsync(tokens.AccessToken, ct: ct)).Data.Vehicles;
        if (ids.Count == 0)
        {
            return 0;
        }

        var userId = (await vehicles.GetUserAsync(tokens.AccessToken, ct)).Data.Id;
        var now = clock.GetUtcNow();
        var grant = Guid.NewGuid();
        var existing = await db.SmartcarConnections.Where(c => c.DriverId == driverId).ToListAsync(ct);
        var hasPrimary = existing.Any(c => c.IsPrimary && c.Status == ConnectionStatus.Active && !ids.Contains(c.VehicleId));
        foreach (var (vehicleId, index) in ids.Select((v, i) => (v, i)))
        {
            var attributes = (await vehicles.GetAttributesAsync(vehicleId, tokens.AccessToken, ct)).Data;
            var row = existing.SingleOrDefault(c => c.VehicleId == vehicleId);
            if (row is null)
            {
                row = new SmartcarConnection
                {
                    Id = Guid.NewGuid(),
                    DriverId = driverId,
                    VehicleId = vehicleId,
                    Status = ConnectionStatus.Active,
                    CreatedAt = now,
                    AccessTokenProtected = "",
                    RefreshTokenProtected = "",
                };
                db.SmartcarConnections.Add(row);
            }

            row.GrantId = grant;
            row.SmartcarUserId = userId;
            row.AccessTokenProtected = vault.Protect(tokens.AccessToken);
            row.RefreshTokenProtected = vault.Protect(tokens.RefreshToken);
            (row.AccessExpiresAt, row.RefreshExpiresAt) = (tokens.ExpiresAt, tokens.RefreshExpiresAt);
            (row.Make, row.Model, row.Year) = (attributes.Make, attributes.Model, attributes.Year);
            row.Status = ConnectionStatus.Active;
            row.UpdatedAt = now;
            row.IsPrimary = !hasPrimary && index == 0;
        }

        var primary = db.SmartcarConnections.Local.First(c => c.DriverId == driverId && c.VehicleId == ids[0]);
        var driver = await db.Drivers.SingleAsync(d => d.Id == driverId, ct);
        (driver.VehicleMake, driver.VehicleYear, driver.VehicleModel) = (primary.Make, primary.Year, $"{primary.Make} {primary.Model}");
        driver.VehicleSetAt = now;
        await db.SaveChangesAsync(ct);
        // A reconnect after the connection died picks the open session's tracking up again.
        await tracking.ResumeForDriverAsync(driverId, ct);
        return ids.Count;
    }
}
