namespace Nerava.Api.Features.Sessions;

public sealed record CreateSessionRequest(
    string? MerchantId,
    string? ChargerId,
    string? ArrivalType,
    string? FulfillmentType,
    double? Lat,
    double? Lng,
    double? AccuracyM,
    string? IdempotencyKey,
    bool? UseSmartcar,
    int? TargetSocPercent,
    bool? ChargeCompleteTrigger,
    int? EstimatedTotalCents = null);

public sealed record BindOrderRequest(string? OrderNumber, int? EstimatedTotalCents);

public sealed record QueueOrderRequest(string? OrderNumber, System.Text.Json.JsonElement? Payload);

public sealed record FeedbackRequest(string? Rating, string? Reason, string? Comment);

public sealed record SessionVehicle(string? Color, string? Model, string? Plate = null);

public sealed record SessionResponse(
    Guid SessionId,
    string Status,
    string MerchantId,
    string MerchantName,
    string? ChargerId,
    string? ChargerName,
    string ArrivalType,
    string? FulfillmentType,
    string? OrderNumber,
    string? OrderSource,
    int? OrderTotalCents,
    string? OrderStatus,
    int? DriverEstimateCents,
    SessionVehicle Vehicle,
    bool VehicleRequired,
    string? OrderingUrl,
    string? OrderingInstructions,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? OrderBoundAt,
    DateTimeOffset? GeofenceEnteredAt,
    DateTimeOffset? MerchantNotifiedAt,
    DateTimeOffset? CompletedAt,
    string? ArrivalSource,
    bool SmartcarEnabled,
    int? TargetSocPercent,
    bool ChargeCompleteTrigger,
    double? EtaMinutes,
    int? BillableAmountCents,
    string? TotalSource,
    string? FeedbackRating,
    string? PreviousChargerId)
{
    /// <summary>What the arrival rested on ("Verified by charger · stall 2", confidence, items) and any contradiction flags.</summary>
    public ArrivalEvidenceView? Evidence { get; init; }

    /// <summary>Start charging from the app at an OCPP charger: requested stall and state.</summary>
    public ChargingView? Charging { get; init; }

    /// <summary>When the kitchen was told to start (arrival, or the charge trigger for Ready After Charge).</summary>
    public DateTimeOffset? KitchenFiredAt { get; init; }

    /// <summary>The stall the driver said they are at ("7"); any charger, for staff to find the car.</summary>
    public string? Stall { get; init; }

    public double? ChargeMinutesToTarget { get; init; }
}

/// <summary>
/// The session's charge at an OCPP charger: <c>requested</c>, <c>accepted</c>, <c>rejected</c>, <c>started</c>, <c>stopped</c>;
/// the stall the driver claimed, and the stall of a plug-in without idTag offered to the session ("That's me at stall N").
/// </summary>
public sealed record ChargingView(int? Stall, string? Status, int? ClaimedStall, int? OfferedStall = null, DateTimeOffset? OfferedAt = null);

public sealed record ActiveSessionResponse(SessionResponse? Session);

public sealed record QueuedOrderResponse(Guid Id, string Status, string OrderingUrl, string ReleaseUrl, string? OrderNumber,
    DateTimeOffset CreatedAt, DateTimeOffset? ReleasedAt);
