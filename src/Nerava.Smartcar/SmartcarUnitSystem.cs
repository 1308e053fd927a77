namespace Nerava.Smartcar;

/// <summary>Value of the <c>SC-Unit-System</c> request header.</summary>
public enum SmartcarUnitSystem
{
    /// <summary>Kilometres, litres, kPa.</summary>
    Metric,

    /// <summary>Miles, US gallons, psi.</summary>
    Imperial,
}
