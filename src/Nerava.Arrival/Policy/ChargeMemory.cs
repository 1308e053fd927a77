namespace Nerava.Arrival.Policy;

/// <summary>Keeps the recent charge readings in memory, in measurement order.</summary>
public static class ChargeMemory
{
    /// <summary>Adds <paramref name="reading"/> unless it is not newer than the last one or its SoC is not a percentage.</summary>
    public static (TrackingMemory Memory, bool Accepted) Add(TrackingMemory memory, ChargeReading reading, ArrivalPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(options);

        if (!double.IsFinite(reading.SocPercent) || reading.SocPercent is < 0 or > 100
            || (memory.LastCharge() is { } last && reading.At <= last.At))
        {
            return (memory, false);
        }

        var kept = memory.RecentCharge.TakeLast(options.RecentChargeReadingsKept - 1);
        return (memory with { RecentCharge = [.. kept, reading] }, true);
    }
}
