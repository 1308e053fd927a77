using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Hosting;
using Nerava.Arrival.Geo;

namespace Nerava.Api.Features.Catalog;

/// <summary>
/// GET /v1/chargers/along-route — chargers within a corridor from here to a chosen destination, in the order the
/// driver passes them (distance along the route).
/// </summary>
public static class AlongRoute
{
    public const double DefaultCorridorM = 40_000;

    public static async Task<Results<Ok<List<RouteCharger>>, ValidationProblem>> HandleAsync(
        [FromQuery(Name = "from_lat")] double? fromLat, [FromQuery(Name = "from_lng")] double? fromLng,
        [FromQuery(Name = "to_lat")] double? toLat, [FromQuery(Name = "to_lng")] double? toLng,
        [FromQuery(Name = "corridor_m")] double? corridorM, NeravaDbContext db, CancellationToken ct)
    {
        var v = new Validator().Latitude(fromLat, "from_lat").Longitude(fromLng, "from_lng").Latitude(toLat, "to_lat").Longitude(toLng, "to_lng")
            .Require(corridorM is null or >= 1_000 and <= 100_000, "corridor_m", "Must be between 1 000 and 100 000.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var from = new GeoPoint(fromLat!.Value, fromLng!.Value);
        var to = new GeoPoint(toLat!.Value, toLng!.Value);
        var width = corridorM ?? DefaultCorridorM;
        var all = await db.Chargers.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(all.Select(c => (c, at: RouteCorridor.Locate(from, to, new GeoPoint(c.Lat, c.Lng))))
            .Where(x => x.at.OffRouteM <= width)
            .OrderBy(x => x.at.AlongM)
            .Select(x => new RouteCharger(x.c.Id, x.c.Name, x.c.Network, x.c.Lat, x.c.Lng, x.c.Address, x.c.Stalls, x.c.MaxKw, x.c.Highway,
                Math.Round(x.at.AlongM), Math.Round(x.at.OffRouteM)))
            .ToList());
    }
}
