using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Sessions;

/// <summary>The seed's names: <c>{lat, lng, timestamp}</c>.</summary>
public sealed record LastLocation(double Lat, double Lng, DateTimeOffset? Timestamp);

/// <summary>The seed's names: <c>{percent, timestamp}</c>.</summary>
public sealed record LastBattery(double Percent, DateTimeOffset? Timestamp);

/// <summary>
/// The seed's smartcar-status shape, also pushed live to the driver and the merchant. <c>connection_issue</c>
/// ("needs_reconnect") says tracking stopped because the car connection failed, so the app can offer Reconnect.
/// </summary>
public sealed record SmartcarStatusResponse(Guid SessionId, bool SmartcarEnabled, LastLocation? LastLocation, double? EtaMinutes,
    LastBattery? LastBattery, bool ArrivalDetected, bool ChargeComplete, double? ChargeMinutesToTarget)
{
    public string? ConnectionIssue { get; init; }

    public static SmartcarStatusResponse From(ArrivalSessionRow s) => new(
        s.Id,
        s.SmartcarEnabled,
        s.SmartcarLastLocationLat is { } lat && s.SmartcarLastLocationLng is { } lng ? new LastLocation(lat, lng, s.SmartcarLastLocationAt) : null,
        s.SmartcarEtaMinutes is { } eta ? Math.Round(eta, 1) : null,
        s.SmartcarLastBatteryPercent is { } soc ? new LastBattery(Math.Round(soc, 1), s.SmartcarLastBatteryAt) : null,
        s.GeofenceEnteredAt is not null,
        s.ChargeCompletedAt is not null,
        s.ChargeMinutesToTarget is { } m ? Math.Round(m, 1) : null)
    {
        ConnectionIssue = s.SmartcarIssue,
    };
}
