using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data;

/// <summary>
/// Merchants and chargers change rarely but are read on every signal and poll; a short in-process cache keeps them
/// off the hot path. Settings changes evict their merchant here; other instances see them within <see cref="Ttl"/>.
/// </summary>
public sealed class CatalogCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);

    public Task<Merchant?> MerchantAsync(string id, CancellationToken ct) =>
        GetAsync($"merchant:{id}", db => db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct));

    public Task<Charger?> ChargerAsync(string id, CancellationToken ct) =>
        GetAsync($"charger:{id}", db => db.Chargers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct));

    /// <summary>The chargers linked to a merchant in the catalog (its neighbouring stall banks), for the check-in target rule.</summary>
    public async Task<IReadOnlyList<Charger>> LinkedChargersAsync(string merchantId, CancellationToken ct) =>
        await GetAsync<List<Charger>>($"merchant-chargers:{merchantId}", async db => await db.MerchantChargers.AsNoTracking()
            .Where(mc => mc.MerchantId == merchantId).Join(db.Chargers.AsNoTracking(), mc => mc.ChargerId, c => c.Id, (_, c) => c).ToListAsync(ct)) ?? [];

    public void EvictMerchant(string id) => cache.Remove($"merchant:{id}");

    /// <summary>True when the charger has OCPP charge points (its plug-ins and charge data are signals).</summary>
    public async Task<bool> HasOcppAsync(string? chargerId, CancellationToken ct)
    {
        if (chargerId is null)
        {
            return false;
        }

        var flag = await GetAsync($"ocpp:{chargerId}", async db => (object)await db.ChargePoints.AnyAsync(c => c.ChargerId == chargerId, ct));
        return flag is true;
    }

    /// <summary>Forgets a charger and whether it has OCPP charge points (admin edits, charge point registration).</summary>
    public void EvictCharger(string chargerId)
    {
        cache.Remove($"charger:{chargerId}");
        cache.Remove($"ocpp:{chargerId}");
    }

    /// <summary>Forgets which chargers a merchant is linked to (admin link changes).</summary>
    public void EvictLinks(string merchantId) => cache.Remove($"merchant-chargers:{merchantId}");

    private async Task<T?> GetAsync<T>(string key, Func<NeravaDbContext, Task<T?>> load) where T : class
    {
        if (cache.TryGetValue(key, out T? hit))
        {
            return hit;
        }

        // A scope of its own: the caller's context may be mid-unit-of-work.
        await using var scope = scopes.CreateAsyncScope();
        var value = await load(scope.ServiceProvider.GetRequiredService<NeravaDbContext>());
        if (value is not null)
        {
            cache.Set(key, value, Ttl);
        }

        return value;
    }
}
