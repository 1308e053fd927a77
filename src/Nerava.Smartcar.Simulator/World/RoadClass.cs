namespace Nerava.Smartcar.Simulator.World;

/// <summary>How fast a route segment is driven: streets near the ends, highway in between.</summary>
public enum RoadClass
{
    City,
    Highway,
}
