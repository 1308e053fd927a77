namespace Nerava.Smartcar.Simulator.World;

/// <summary>
/// A DC fast-charge curve: constant power up to the taper point (80 % by default), where power drops to
/// <see cref="TaperStartFraction"/> of peak and then falls linearly to <see cref="TaperFloorFraction"/> at 100 %, the shape real
/// packs show as the charger switches to constant voltage. The SoC/time relation is solved in closed form (linear, then an
/// exponential approach), so SoC is a pure function of charging time.
/// </summary>
public sealed record ChargeCurve(
    double MaxPowerKw = 150,
    double BatteryKwh = 75,
    double TaperStartPercent = 80,
    double TaperStartFraction = 0.6,
    double TaperFloorFraction = 0.1)
{
    // Percent per hour at peak power.
    private double PeakRate => MaxPowerKw / BatteryKwh * 100;

    // Slope of the linear power decline in the taper (fraction of peak per percent above the taper start).
    private double TaperSlope => (TaperStartFraction - TaperFloorFraction) / (100 - TaperStartPercent);

    /// <summary>Charging power (kW) delivered at a state of charge.</summary>
    public double PowerAt(double socPercent) =>
        socPercent <= TaperStartPercent
            ? MaxPowerKw
            : MaxPowerKw * Math.Max(TaperFloorFraction, TaperStartFraction - (TaperSlope * (Math.Min(socPercent, 100) - TaperStartPercent)));

    /// <summary>SoC after charging for <paramref name="elapsed"/> from <paramref name="startPercent"/>, stopping at the target.</summary>
    public double SocAfter(double startPercent, TimeSpan elapsed, double targetPercent)
    {
        var target = Math.Min(100, targetPercent);
        if (startPercent >= target || elapsed <= TimeSpan.Zero)
        {
            return startPercent;
        }

        var hours = elapsed.TotalHours;
        var soc = startPercent;
        if (soc < TaperStartPercent)
        {
            var hoursToTaper = (TaperStartPercent - soc) / PeakRate;
            if (hours <= hoursToTaper)
            {
                return Math.Min(target, soc + (PeakRate * hours));
            }

            hours -= hoursToTaper;
            soc = TaperStartPercent;
        }

        // In the taper du/dt = k(A - b·u) with u = soc - taper start, so A - b·u decays exponentially.
        var start = TaperStartFraction;
        var b = TaperSlope;
        var u0 = soc - TaperStartPercent;
        var remaining = (start - (b * u0)) * Math.Exp(-b * PeakRate * hours);
        var u = (start - remaining) / b;
        return Math.Min(target, TaperStartPercent + u);
    }

    /// <summary>Time needed to charge from one SoC to another (zero when already there).</summary>
    public TimeSpan TimeToReach(double startPercent, double targetPercent)
    {
        var target = Math.Min(100, targetPercent);
        if (startPercent >= target)
        {
            return TimeSpan.Zero;
        }

        var hours = 0.0;
        var soc = startPercent;
        if (soc < TaperStartPercent)
        {
            var linearEnd = Math.Min(target, TaperStartPercent);
            hours += (linearEnd - soc) / PeakRate;
            soc = linearEnd;
        }

        if (target > soc)
        {
            var start = TaperStartFraction;
            var b = TaperSlope;
            var u0 = soc - TaperStartPercent;
            var u1 = target - TaperStartPercent;
            hours += Math.Log((start - (b * u0)) / (start - (b * u1))) / (b * PeakRate);
        }

        return TimeSpan.FromHours(hours);
    }
}
