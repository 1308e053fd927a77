namespace Nerava.Api.Data.Entities;

/// <summary>
/// An OCPP 1.6-J charge point at a charger (site). <see cref="Id"/> is its OCPP identity (the URL's last segment and the
/// Basic username); only a salted hash of its AuthorizationKey is stored. A null hash means no key was issued yet.
/// </summary>
public sealed class ChargePoint
{
    public required string Id { get; set; }
    public required string ChargerId { get; set; }
    public string? AuthorizationKeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? KeyIssuedAt { get; set; }
    public string? Vendor { get; set; }
    public string? Model { get; set; }
    public string? FirmwareVersion { get; set; }
    public DateTimeOffset? LastBootAt { get; set; }
    public DateTimeOffset? LastSeenAt { get; set; }
    /// <summary>The API instance holding its WebSocket, while connected (commands for it are sent by that instance).</summary>
    public string? ConnectedInstance { get; set; }
    public DateTimeOffset? ConnectedAt { get; set; }
    public List<ChargePointConnector> Connectors { get; set; } = [];
}

/// <summary>A connector of a charge point: the stall a driver parks at. Status as last reported (by the charger's own time).</summary>
public sealed class ChargePointConnector
{
    public required string ChargePointId { get; set; }
    public int ConnectorId { get; set; }
    /// <summary>The stall number drivers see at the site (unique per charger).</summary>
    public int Stall { get; set; }
    public string Status { get; set; } = "Unknown";
    public string? ErrorCode { get; set; }
    public DateTimeOffset? StatusAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}

/// <summary>
/// A charging transaction. <see cref="Id"/> is the transactionId we assign (database identity: unique CSMS-wide,
/// never 0 or -1). A re-sent StartTransaction (same charge point, connector, idTag, meterStart, timestamp) gets the same id.
/// </summary>
public sealed class OcppTransaction
{
    public int Id { get; set; }
    public required string ChargePointId { get; set; }
    public int ConnectorId { get; set; }
    public required string IdTag { get; set; }
    public int MeterStart { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string IdTagStatus { get; set; } = "Accepted";
    public Guid? SessionId { get; set; }
    public int? MeterStop { get; set; }
    public DateTimeOffset? StoppedAt { get; set; }
    public string? StopReason { get; set; }
    public double? LastSocPercent { get; set; }
}

/// <summary>
/// A command for a charge point (RemoteStart/RemoteStopTransaction), stored so that whichever instance holds the
/// charger's socket sends it — also after a restart or a reconnect.
/// </summary>
public sealed class OcppCommand
{
    public Guid Id { get; set; }
    public required string ChargePointId { get; set; }
    public required string Action { get; set; }
    public required string PayloadJson { get; set; }
    public Guid? SessionId { get; set; }
    public string Status { get; set; } = OcppCommandStatus.Pending;
    public string? ResultJson { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

public static class OcppCommandStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Answered = "answered";
    public const string Failed = "failed";
}

/// <summary>A plug-in without an idTag (<c>Preparing</c>/<c>Charging</c> with no transaction of ours), and whom it was offered to.</summary>
public sealed class ChargerPlugIn
{
    public Guid Id { get; set; }
    public required string ChargerId { get; set; }
    public required string ChargePointId { get; set; }
    public int ConnectorId { get; set; }
    public int Stall { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Comma-separated session ids it was offered to.</summary>
    public string OfferedTo { get; set; } = "";
    public Guid? MatchedSessionId { get; set; }
}
