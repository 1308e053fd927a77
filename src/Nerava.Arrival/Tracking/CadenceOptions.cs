using Nerava.Arrival.Policy;

namespace Nerava.Arrival.Tracking;

/// <summary>Tunables of <see cref="PollCadence"/>.</summary>
/// <param name="MaxCallsPerVehiclePerHour">Smartcar asks for fewer than 20 requests per vehicle per hour.</param>
public sealed record CadenceOptions(int MaxCallsPerVehiclePerHour = 20)
{
    public static CadenceOptions Default { get; } = new();

    /// <summary>Never poll a vehicle more often than this (Smartcar answers take 3–45 s).</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Never leave a tracked vehicle unpolled longer than this (it also keeps the expiry rule's progress window fed).</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Poll spacing near the geofence, the heads-up point or the charge target.</summary>
    public TimeSpan DenseInterval { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>The seed's interval.</summary>
    public TimeSpan FixedInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Window of the per-vehicle budget (a sliding hour).</summary>
    public TimeSpan BudgetWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Generous top speed (130 km/h) used to bound how soon the driver can reach the next watch point.</summary>
    public double MaxApproachSpeedMps { get; init; } = 130 / 3.6;

    /// <summary>Poll at this fraction of the earliest time the driver could reach the next watch point.</summary>
    public double SafetyFactor { get; init; } = 0.8;

    /// <summary>Poll at this fraction of the forecast time to the next charge event (forecasts drift as charging tapers).</summary>
    public double ChargeSafetyFactor { get; init; } = 0.5;

    /// <summary>
    /// The fastest plausible DC charge, in SoC points per minute (≈ 10→80 % in 18 min): bounds how soon a target can be
    /// reached while no rate has been observed yet.
    /// </summary>
    public double MaxChargePercentPerMinute { get; init; } = 4;

    /// <summary>Longest spacing of polls while no charge rate is known yet.</summary>
    public TimeSpan ChargeProbeInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The policy's options (radius, circuity, default prep time) so both use the same geometry.</summary>
    public ArrivalPolicyOptions Policy { get; init; } = ArrivalPolicyOptions.Default;
}
