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
    string? ChargerId = null);
