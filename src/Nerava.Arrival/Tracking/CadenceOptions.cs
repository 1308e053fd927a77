using Nerava.Arrival.Policy;

namespace Nerava.Arrival.Tracking;

/// <summary>Tunables of <see cref="PollCadence"/>.</summary>
/// <param name="MaxCallsPerVehiclePerHour">Smartcar asks for fewer than 20 requests per vehicle per hour.</param>
public sealed record CadenceOptions(int MaxCallsPerVehiclePerHour = 20)
{
    public static CadenceOptions Default { get; } = new();

    /// <summary>Never poll a vehicle more often than this (Smartcar answers take 3–45 s), except to confirm an arrival.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The confirming fix is taken at least this long after the inside one it confirms: long enough that a car still driving
    /// has moved well beyond GPS jitter, and that a car creeping through a red light inside the fence has usually moved on, so
    /// only a car that stood still confirms (see TelematicsFixTracker).
    /// </summary>
    public TimeSpan ConfirmGap { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Requests of the hourly budget kept for confirming an arrival: other polls leave them unused.</summary>
    public int ConfirmReserve { get; init; } = 1;

    /// <summary>The confirming poll goes out at least this long after the answer it confirms (and after ConfirmGap).</summary>
    public TimeSpan ConfirmAfterAnswer { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Dense polls near the fence or the heads-up point are exempt from pacing only while the car moves at least this fast: a car
    /// crawling in a jam a kilometre out would otherwise spend the hourly budget long before it arrives.
    /// </summary>
    public double MovingSpeedMps { get; init; } = 5;

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
