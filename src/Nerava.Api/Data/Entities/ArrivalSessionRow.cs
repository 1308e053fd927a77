using Nerava.Arrival.Sessions;

namespace Nerava.Api.Data.Entities;

/// <summary>
/// The stored arrival session: every field of the seed's ArrivalSession (plus its Smartcar fields). Only
/// SessionRowWriter assigns these properties, and only SessionStore saves them (an architecture test holds both).
/// </summary>
public sealed class ArrivalSessionRow
{
    public Guid Id { get; set; }
    public Guid DriverId { get; set; }
    public required string MerchantId { get; set; }
    public string? ChargerId { get; set; }
    /// <summary>The charger the session was made for, when the driver checked in at a neighbouring one of the same merchant.</summary>
    public string? PreviousChargerId { get; set; }
    public required string ArrivalType { get; set; }
    public string? FulfillmentType { get; set; }
    /// <summary>Stored as its wire name (see SessionStatusNames), so the column holds the same strings as before.</summary>
    public SessionStatus Status { get; set; }
    public required string MerchantReplyCode { get; set; }
    public string? IdempotencyKey { get; set; }

    public string? OrderNumber { get; set; }
    public string? OrderSource { get; set; }
    public int? OrderTotalCents { get; set; }
    public string? OrderStatus { get; set; }
    public int? DriverEstimateCents { get; set; }
    public int? MerchantReportedTotalCents { get; set; }
    public string? TotalSource { get; set; }

    public string? VehicleColor { get; set; }
    public string? VehicleModel { get; set; }
    public string? VehiclePlate { get; set; }
    /// <summary>The stall the driver said they are at ("7"), added on arrival.</summary>
    public string? Stall { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? OrderBoundAt { get; set; }
    public DateTimeOffset? GeofenceEnteredAt { get; set; }
    public DateTimeOffset? MerchantNotifiedAt { get; set; }
    public DateTimeOffset? MerchantConfirmedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? KitchenFiredAt { get; set; }
    public DateTimeOffset? HeadsUpSentAt { get; set; }

    public double? CreatedLat { get; set; }
    public double? CreatedLng { get; set; }
    public double? ArrivalLat { get; set; }
    public double? ArrivalLng { get; set; }
    public double? ArrivalAccuracyM { get; set; }
    public string? ArrivalSource { get; set; }
    /// <summary>Arrival confidence 1–3 (see Nerava.Arrival.Evidence.EvidenceRules).</summary>
    public int? ArrivalConfidence { get; set; }
    /// <summary>The arrival's evidence record (JSON of ArrivalEvidence).</summary>
    public string? ArrivalEvidenceJson { get; set; }
    /// <summary>The stall a charger saw the car at.</summary>
    public int? ArrivalStall { get; set; }
    /// <summary>Comma-separated contradiction flags of a check-in that was flagged instead of fired.</summary>
    public string? ArrivalFlags { get; set; }
    public DateTimeOffset? ArrivalFlaggedAt { get; set; }
    /// <summary>The phone's last check-in fix (accepted or not), for the impossible-jump rule and as corroboration.</summary>
    public double? LastPhoneLat { get; set; }
    public double? LastPhoneLng { get; set; }
    public double? LastPhoneAccuracyM { get; set; }
    public DateTimeOffset? LastPhoneAt { get; set; }
    /// <summary>Start charging from the app: the requested stall and the command's state (requested, accepted, rejected, started, stopped).</summary>
    public int? ChargingStall { get; set; }
    public string? ChargingStatus { get; set; }
    /// <summary>The driver tapped "That's me at stall N".</summary>
    public int? ClaimedStall { get; set; }
    /// <summary>The latest plug-in without idTag offered to this session and not fired (the "That's me at stall N" button).</summary>
    public int? OfferedStall { get; set; }
    public DateTimeOffset? OfferedAt { get; set; }

    public int PlatformFeeBps { get; set; } = 500;
    public int? BillableAmountCents { get; set; }
    public string? BillingStatus { get; set; }

    public string? FeedbackRating { get; set; }
    public string? FeedbackReason { get; set; }
    public string? FeedbackComment { get; set; }

    public bool SmartcarEnabled { get; set; }
    public string? SmartcarVehicleId { get; set; }
    public DateTimeOffset? SmartcarLastLocationAt { get; set; }
    public double? SmartcarLastLocationLat { get; set; }
    public double? SmartcarLastLocationLng { get; set; }
    public double? SmartcarEtaMinutes { get; set; }
    public int? TargetSocPercent { get; set; }
    public DateTimeOffset? SmartcarLastBatteryAt { get; set; }
    public double? SmartcarLastBatteryPercent { get; set; }
    public bool ChargeCompleteTrigger { get; set; }
    public DateTimeOffset? ChargeCompletedAt { get; set; }
    public double? ChargeMinutesToTarget { get; set; }
    /// <summary>Why tracking stopped, when the car connection failed ("needs_reconnect"); cleared when it resumes.</summary>
    public string? SmartcarIssue { get; set; }
    /// <summary>The arrival policy's memory between signals (JSON).</summary>
    public string? TrackingMemoryJson { get; set; }
}

/// <summary>Wire values of <see cref="ArrivalSessionRow.OrderSource"/>: typed by the driver, or found in the merchant's POS.</summary>
public static class OrderSources
{
    public const string Manual = "manual";
    public const string Toast = "toast";
    public const string Square = "square";

    public static bool IsPos(string? source) => source is Toast or Square;
}

/// <summary>Wire values of <see cref="ArrivalSessionRow.BillingStatus"/>.</summary>
public static class BillingStatuses
{
    /// <summary>A billing event was written and awaits the billing export.</summary>
    public const string Pending = "pending";
}
