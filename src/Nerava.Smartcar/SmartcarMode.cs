namespace Nerava.Smartcar;

/// <summary>Smartcar Connect mode (<c>mode=live|test|simulated</c>).</summary>
public enum SmartcarMode
{
    /// <summary>Real vehicles.</summary>
    Live,

    /// <summary>Randomized test data (deprecated by Smartcar in favour of <see cref="Simulated"/>).</summary>
    Test,

    /// <summary>Smartcar Vehicle Simulator vehicles.</summary>
    Simulated,
}
