using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Ocpp.Security;

namespace Nerava.Api.Features.Ocpp;

public sealed record RegisteredChargePoint(string ChargePointId, string ChargerId, string AuthorizationKey, IReadOnlyList<int> Stalls);

/// <summary>
/// Registers charge points and issues their AuthorizationKeys — the one operation behind the dev endpoint, the demo
/// simulator and the admin API. The key is returned once; only its salted hash is stored. Issuing a new key revokes
/// the old one.
/// </summary>
public sealed class ChargePointRegistration(NeravaDbContext db, CatalogCache catalog, TimeProvider clock)
{
    public const int MaxConnectors = 16;

    /// <summary>A new charge point at <paramref name="chargerId"/> with <paramref name="connectors"/> connectors, numbered as the site's next stalls. Null: no such charger.</summary>
    public async Task<RegisteredChargePoint?> RegisterAsync(string chargerId, int connectors, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(connectors is >= 1 and <= MaxConnectors, true, nameof(connectors));
        if (!await db.Chargers.AnyAsync(c => c.Id == chargerId, ct))
        {
            return null;
        }

        var existing = await db.ChargePoints.Where(c => c.ChargerId == chargerId).Select(c => c.Id).ToListAsync(ct);
        var lastStall = await db.ChargePointConnectors.Where(c => existing.Contains(c.ChargePointId)).MaxAsync(c => (int?)c.Stall, ct) ?? 0;
        var id = $"CP-{Guid.NewGuid():N}"[..19].ToUpperInvariant();
        var key = AuthorizationKeys.NewKey();
        var now = clock.GetUtcNow();
        var point = new ChargePoint
        {
            Id = id,
            ChargerId = chargerId,
            AuthorizationKeyHash = AuthorizationKeys.Hash(key),
            CreatedAt = now,
            KeyIssuedAt = now,
            Connectors = Enumerable.Range(1, connectors)
                .Select(i => new ChargePointConnector { ChargePointId = id, ConnectorId = i, Stall = lastStall + i }).ToList(),
        };
        db.ChargePoints.Add(point);
        await db.SaveChangesAsync(ct);
        catalog.EvictCharger(chargerId);
        return new RegisteredChargePoint(id, chargerId, key, point.Connectors.Select(c => c.Stall).ToList());
    }

    /// <summary>Issues a new key for an existing charge point (the old one stops working). Null: no such charge point.</summary>
    public async Task<RegisteredChargePoint?> IssueKeyAsync(string chargePointId, CancellationToken ct)
    {
        var point = await db.ChargePoints.Include(c => c.Connectors).SingleOrDefaultAsync(c => c.Id == chargePointId, ct);
        if (point is null)
        {
            return null;
        }

        var key = AuthorizationKeys.NewKey();
        (point.AuthorizationKeyHash, point.KeyIssuedAt) = (AuthorizationKeys.Hash(key), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new RegisteredChargePoint(point.Id, point.ChargerId, key, point.Connectors.OrderBy(c => c.ConnectorId).Select(c => c.Stall).ToList());
    }
}
