using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;
using Nerava.Arrival.Geo;

namespace Nerava.Api.Features.Catalog;

/// <summary>Chargers and the merchants a short walk from them. Public: drivers browse before logging in.</summary>
public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var chargers = app.MapGroup("/v1/chargers").WithTags("Catalog").AllowAnonymous();
        chargers.MapGet("/", ListChargersAsync);
        chargers.MapGet("/along-route", AlongRoute.HandleAsync);
        chargers.MapGet("/{id}", GetChargerAsync);
        var merchants = app.MapGroup("/v1/merchants").WithTags("Catalog").AllowAnonymous();
        merchants.MapGet("/", ListMerchantsAsync);
        merchants.MapGet("/{id}", GetMerchantAsync);
        return app;
    }

    /// <summary>
    /// Nearby chargers by position, or (with <c>q</c>) a search of the whole catalog by name, city, network or highway,
    /// where a given position only orders the results by distance.
    /// </summary>
    private static async Task<Results<Ok<List<ChargerSummary>>, ValidationProblem>> ListChargersAsync(
        string? q, double? lat, double? lng, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "radius_m")] double? radiusM, NeravaDbContext db,
        CancellationToken ct)
    {
        var v = new Validator().Latitude(lat, required: false).Longitude(lng, required: false)
            .Require(lat.HasValue == lng.HasValue, "lat", "Give both lat and lng, or neither.")
            .Require(radiusM is null or > 0 and <= 1_000_000, "radius_m", "Must be between 1 and 1 000 000.")
            .MaxLength(q, ChargerSearch.MaxQueryLength, "q")
            .Require(q is null || ChargerSearch.Words(q).Count > 0, "q", "Type a name, city, network or highway.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var all = await db.Chargers.AsNoTracking().ToListAsync(ct);
        if (q is not null)
        {
            var found = all.Where(c => ChargerSearch.Matches(c, q));
            return TypedResults.Ok(lat is null || lng is null
                ? found.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => Summary(c, null)).ToList()
                : found.Select(c => (c, d: GeoMath.DistanceMeters(new GeoPoint(lat.Value, lng.Value), new GeoPoint(c.Lat, c.Lng))))
                    .OrderBy(x => x.d).Select(x => Summary(x.c, Math.Round(x.d))).ToList());
        }

        if (lat is null || lng is null)
        {
            return TypedResults.Ok(all.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => Summary(c, null)).ToList());
        }

        // The catalog is small (hundreds of sites); exact distances in memory beat a spatial extension here.
        var here = new GeoPoint(lat.Value, lng.Value);
        var radius = radiusM ?? 50_000;
        return TypedResults.Ok(all.Select(c => (c, d: GeoMath.DistanceMeters(here, new GeoPoint(c.Lat, c.Lng))))
            .Where(x => x.d <= radius).OrderBy(x => x.d).Select(x => Summary(x.c, Math.Round(x.d))).ToList());
    }

    private static async Task<Results<Ok<ChargerDetail>, ProblemHttpResult>> GetChargerAsync(string id, NeravaDbContext db, CancellationToken ct)
    {
        var c = await db.Chargers.AsNoTracking().Include(x => x.Merchants).ThenInclude(mc => mc.Merchant)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return Problems.NotFound(ErrorCodes.ChargerNotFound, "No charger with that id.");
        }

        var merchants = c.Merchants.OrderBy(mc => mc.WalkM).Select(mc => MerchantSummaryOf(mc.Merchant!, mc.WalkM)).ToList();
        return TypedResults.Ok(new ChargerDetail(c.Id, c.Name, c.Network, c.Lat, c.Lng, c.Address, c.Stalls, c.MaxKw, merchants));
    }

    private static async Task<Ok<List<MerchantSummary>>> ListMerchantsAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "charger_id")] string? chargerId, NeravaDbContext db, CancellationToken ct)
    {
        if (chargerId is null)
        {
            var all = await db.Merchants.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
            return TypedResults.Ok(all.Select(m => MerchantSummaryOf(m, null)).ToList());
        }

        var near = await db.MerchantChargers.AsNoTracking().Where(mc => mc.ChargerId == chargerId)
            .Include(mc => mc.Merchant).OrderBy(mc => mc.WalkM).ToListAsync(ct);
        return TypedResults.Ok(near.Select(mc => MerchantSummaryOf(mc.Merchant!, mc.WalkM)).ToList());
    }

    private static async Task<Results<Ok<MerchantDetail>, ProblemHttpResult>> GetMerchantAsync(string id, NeravaDbContext db, CancellationToken ct)
    {
        var m = await db.Merchants.AsNoTracking().Include(x => x.Chargers).ThenInclude(mc => mc.Charger)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return Problems.NotFound(ErrorCodes.MerchantNotFound, "No merchant with that id.");
        }

        var chargers = m.Chargers.OrderBy(mc => mc.WalkM)
            .Select(mc => new NearbyCharger(mc.ChargerId, mc.Charger!.Name, mc.Charger.Lat, mc.Charger.Lng, mc.WalkM)).ToList();
        return TypedResults.Ok(new MerchantDetail(m.Id, m.Name, m.Category, m.Lat, m.Lng, m.Address, m.PrepMinutes,
            Modes(m), m.OrderingUrl, m.OrderingInstructions, chargers));
    }

    internal static ChargerSummary Summary(Charger c, double? distance) =>
        new(c.Id, c.Name, c.Network, c.Lat, c.Lng, c.Address, c.Stalls, c.MaxKw, distance) { Highway = c.Highway };

    private static MerchantSummary MerchantSummaryOf(Merchant m, int? walkM) =>
        new(m.Id, m.Name, m.Category, m.Lat, m.Lng, m.Address, m.PrepMinutes, Modes(m), m.OrderingUrl, m.OrderingInstructions, walkM);

    private static string[] Modes(Merchant m) => m.FulfillmentModes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
