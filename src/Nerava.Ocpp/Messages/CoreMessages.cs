namespace Nerava.Ocpp.Messages;

// OCPP 1.6 Core profile payloads (field names as on the wire, camelCase through OcppJson).

public sealed record BootNotificationRequest(string ChargePointVendor, string ChargePointModel, string? ChargePointSerialNumber = null,
    string? ChargeBoxSerialNumber = null, string? FirmwareVersion = null);

public sealed record BootNotificationResponse(string Status, DateTimeOffset CurrentTime, int Interval);

public sealed record HeartbeatResponse(DateTimeOffset CurrentTime);

public sealed record StatusNotificationRequest(int ConnectorId, string ErrorCode, string Status, DateTimeOffset? Timestamp = null,
    string? Info = null);

public sealed record IdTagInfo(string Status, DateTimeOffset? ExpiryDate = null, string? ParentIdTag = null);

public sealed record AuthorizeRequest(string IdTag);

public sealed record AuthorizeResponse(IdTagInfo IdTagInfo);

public sealed record StartTransactionRequest(int ConnectorId, string IdTag, int MeterStart, DateTimeOffset Timestamp, int? ReservationId = null);

public sealed record StartTransactionResponse(IdTagInfo IdTagInfo, int TransactionId);

public sealed record StopTransactionRequest(int TransactionId, int MeterStop, DateTimeOffset Timestamp, string? IdTag = null,
    string? Reason = null, IReadOnlyList<MeterValue>? TransactionData = null);

public sealed record StopTransactionResponse(IdTagInfo? IdTagInfo = null);

public sealed record SampledValue(string Value, string? Context = null, string? Measurand = null, string? Location = null, string? Unit = null);

public sealed record MeterValue(DateTimeOffset Timestamp, IReadOnlyList<SampledValue> SampledValue);

public sealed record MeterValuesRequest(int ConnectorId, IReadOnlyList<MeterValue> MeterValue, int? TransactionId = null);

public sealed record DataTransferRequest(string VendorId, string? MessageId = null, string? Data = null);

public sealed record DataTransferResponse(string Status, string? Data = null);

public sealed record RemoteStartTransactionRequest(string IdTag, int? ConnectorId = null);

public sealed record RemoteStopTransactionRequest(int TransactionId);

/// <summary>The answer to RemoteStart/RemoteStopTransaction: <c>Accepted</c> or <c>Rejected</c>.</summary>
public sealed record RemoteCommandResponse(string Status);

/// <summary>An empty payload (<c>{}</c>): Heartbeat.req, StatusNotification.conf, MeterValues.conf.</summary>
public sealed record EmptyPayload;

/// <summary>Wire values used by the central system and simulator.</summary>
public static class OcppValues
{
    public const string Accepted = "Accepted";
    public const string Rejected = "Rejected";
    public const string Invalid = "Invalid";
    public const string UnknownVendorId = "UnknownVendorId";
    public const string SocMeasurand = "SoC";
}

/// <summary>OCPP 1.6 connector statuses (StatusNotification.status).</summary>
public static class ConnectorStatuses
{
    public const string Available = "Available";
    public const string Preparing = "Preparing";
    public const string Charging = "Charging";
    public const string SuspendedEvse = "SuspendedEVSE";
    public const string SuspendedEv = "SuspendedEV";
    public const string Finishing = "Finishing";
    public const string Faulted = "Faulted";
}
