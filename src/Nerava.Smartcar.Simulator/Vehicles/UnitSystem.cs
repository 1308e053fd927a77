namespace Nerava.Smartcar.Simulator.Vehicles;

/// <summary>The <c>sc-unit-system</c> request header: metric (default) or imperial (miles).</summary>
public sealed record UnitSystem(bool Imperial)
{
    private const double KmPerMile = 1.609344;

    public static UnitSystem Metric { get; } = new(false);

    public string Name => Imperial ? "imperial" : "metric";

    public static UnitSystem From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Equals(request.Headers["sc-unit-system"], "imperial", StringComparison.OrdinalIgnoreCase) ? new(true) : Metric;
    }

    public double Distance(double km) => Math.Round(Imperial ? km / KmPerMile : km, 2);
}
