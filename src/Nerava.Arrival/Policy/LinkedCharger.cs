using Nerava.Arrival.Geo;

namespace Nerava.Arrival.Policy;

/// <summary>A charger linked to the session's merchant in the catalog (a short walk from it).</summary>
public sealed record LinkedCharger(string Id, GeoPoint Point);
