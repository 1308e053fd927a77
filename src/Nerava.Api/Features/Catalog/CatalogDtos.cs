namespace Nerava.Api.Features.Catalog;

public sealed record ChargerSummary(string Id, string Name, string Network, double Lat, double Lng, string Address,
    int Stalls, int MaxKw, double? DistanceM)
{
    public string? Highway { get; init; }
}

/// <summary>A charger along a route: metres from the start along the route, and off it.</summary>
public sealed record RouteCharger(string Id, string Name, string Network, double Lat, double Lng, string Address, int Stalls, int MaxKw,
    string? Highway, double AlongRouteM, double OffRouteM);

public sealed record MerchantSummary(string Id, string Name, string Category, double Lat, double Lng, string Address,
    int PrepMinutes, IReadOnlyList<string> FulfillmentModes, string? OrderingUrl, string? OrderingInstructions, int? WalkM);

public sealed record ChargerDetail(string Id, string Name, string Network, double Lat, double Lng, string Address,
    int Stalls, int MaxKw, IReadOnlyList<MerchantSummary> Merchants);

public sealed record NearbyCharger(string Id, string Name, double Lat, double Lng, int WalkM);

public sealed record MerchantDetail(string Id, string Name, string Category, double Lat, double Lng, string Address,
    int PrepMinutes, IReadOnlyList<string> FulfillmentModes, string? OrderingUrl, string? OrderingInstructions,
    IReadOnlyList<NearbyCharger> Chargers);
