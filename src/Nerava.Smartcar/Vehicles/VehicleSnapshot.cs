using Nerava.Smartcar.Errors;

namespace Nerava.Smartcar.Vehicles;

/// <summary>Where the vehicle is; <see cref="RecordedAt"/> is when the vehicle reported it (SC-Data-Age / oemUpdatedAt).</summary>
public sealed record SnapshotLocation(double Latitude, double Longitude, DateTimeOffset? RecordedAt)
{
    /// <summary>How old the position is at <paramref name="now"/>, or null when unknown.</summary>
    public TimeSpan? AgeAt(DateTimeOffset now) => RecordedAt is { } recorded ? now - recorded : null;
}

/// <summary>Battery level in percent (0–100) and range in the response's unit system (km for metric / v3).</summary>
public sealed record SnapshotBattery(double StateOfChargePercent, double? Range, DateTimeOffset? RecordedAt);

/// <summary>Charging state, whether a cable is connected and (when reported) the charge limit in percent.</summary>
public sealed record SnapshotCharge(ChargeState State, bool? IsPluggedIn, DateTimeOffset? RecordedAt)
{
    public double? LimitPercent { get; init; }
}

/// <summary>
/// A vehicle reading, neutral to the API version. Parts that were requested but failed are in <see cref="Failures"/> (for instance a
/// batch item answered <c>RATE_LIMIT</c>); when every requested part fails, the client throws instead. <see cref="HttpCalls"/> counts
/// HTTP attempts including the resilience pipeline's retries; <see cref="BillableRequests"/> counts each batch item per attempt, as
/// Smartcar bills them. Charge both to a per-vehicle request budget.
/// </summary>
public sealed record VehicleSnapshot(
    string VehicleId,
    SnapshotLocation? Location,
    SnapshotBattery? Battery,
    SnapshotCharge? Charge,
    ResponseMeta Meta,
    int HttpCalls,
    int BillableRequests,
    IReadOnlyDictionary<VehicleDataKinds, SmartcarException> Failures)
{
    public double? StateOfChargePercent => Battery?.StateOfChargePercent;

    public ChargeState? ChargeState => Charge?.State;

    public bool? IsCharging => Charge is null ? null : Charge.State == Vehicles.ChargeState.Charging;

    public bool? IsPluggedIn => Charge?.IsPluggedIn;
}
