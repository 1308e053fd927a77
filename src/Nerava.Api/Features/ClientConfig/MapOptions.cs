namespace Nerava.Api.Features.ClientConfig;

/// <summary>
/// The web app's map. Empty <see cref="TileUrl"/> (the embedded default): the app draws its GeoJSON layers (car, trail,
/// route, charger, merchant, walk) on a plain background and loads nothing from outside. Set it to an XYZ tile template
/// such as <c>https://tile.example.com/{z}/{x}/{y}.png</c> (with its <see cref="Attribution"/>) to show a base map.
/// </summary>
public sealed class MapOptions
{
    public const string SectionName = "Map";

    public string TileUrl { get; set; } = "";
    public string Attribution { get; set; } = "";
}
