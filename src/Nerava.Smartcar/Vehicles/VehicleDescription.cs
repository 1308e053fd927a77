namespace Nerava.Smartcar.Vehicles;

/// <summary>Make, model and year, neutral to the API version.</summary>
public sealed record VehicleDescription(string VehicleId, string Make, string Model, int Year, ResponseMeta Meta);
