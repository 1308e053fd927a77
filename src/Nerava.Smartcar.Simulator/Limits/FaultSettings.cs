namespace Nerava.Smartcar.Simulator.Limits;

/// <summary>Run-time fault and limit settings (initialised from <see cref="SimulatorOptions"/>, changed by <c>PUT admin/faults</c>).</summary>
public sealed record FaultSettings
{
    public TimeSpan Latency { get; init; }

    public TimeSpan? LatencyMax { get; init; }

    public TimeSpan DataAge { get; init; }

    public int? VehicleRateLimitPerHour { get; init; }

    public bool AppRateLimitEnabled { get; init; }

    public int AppRateLimitCapacity { get; init; }

    public double AppRateLimitRefillPerMinute { get; init; }

    public double ServerErrorRate { get; init; }

    public double UpstreamErrorRate { get; init; }

    public static FaultSettings From(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FaultSettings
        {
            Latency = options.Latency,
            LatencyMax = options.LatencyMax,
            DataAge = options.DataAge,
            VehicleRateLimitPerHour = options.VehicleRateLimitPerHour,
            AppRateLimitEnabled = options.AppRateLimitEnabled,
            AppRateLimitCapacity = options.AppRateLimitCapacity,
            AppRateLimitRefillPerMinute = options.AppRateLimitRefillPerMinute,
            ServerErrorRate = options.ServerErrorRate,
            UpstreamErrorRate = options.UpstreamErrorRate,
        };
    }
}
