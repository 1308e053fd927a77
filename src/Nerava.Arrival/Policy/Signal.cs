namespace Nerava.Arrival.Policy;

/// <summary>
/// One observation about the driver, whatever its source. A <see cref="SignalSource.Charger"/> signal (plug-in or
/// charging started at the session's charger) is an on-site arrival by itself; <see cref="ChargerId"/> is checked
/// against <see cref="SessionSnapshot.ChargerId"/> when both are known. For a check-in, <see cref="ChargerId"/> is the
/// charger the driver says they are at, judged by <see cref="CheckInTarget"/>.
/// </summary>
public sealed record Signal(
    SignalSource Source,
    DateTimeOffset ReceivedAt,
    PositionFix? Position = null,
    ChargeReading? Charge = null,
    string? ChargerId = null)
{
    /// <summary>For a charger signal: the stall, how it was tied to the session, and the charger's own timestamp.</summary>
    public Evidence.ChargerPlug? Plug { get; init; }

    /// <summary>For a check-in: the browser hinted that the location is mocked.</summary>
    public bool MockedLocation { get; init; }

    /// <summary>
    /// The data is older than the freshness limit (<see cref="DataFreshness"/>): the caller records it, the policy
    /// never takes it as evidence of anything.
    /// </summary>
    public bool Stale { get; init; }

    /// <summary>
    /// For a check-in: the existing system's trigger-arrival, verified near the merchant (<see cref="CheckInTarget.AtMerchant"/>)
    /// instead of at a charger; the session keeps its charger.
    /// </summary>
    public bool AtMerchant { get; init; }
}
