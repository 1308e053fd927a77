namespace Nerava.Smartcar.Simulator.World;

/// <summary>A WGS-84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
