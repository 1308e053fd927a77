using System.Text.Json;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Webhooks;

/// <summary>Vehicle described in a v4 payload (<c>data.vehicle</c>).</summary>
public sealed record WebhookVehicle(string? Id, string? Make, string? Model, int? Year, string? Vin);

/// <summary>A <c>triggers[]</c> entry: <c>SIGNAL_UPDATED</c> with a signal code, or <c>FIRST_DELIVERY</c>.</summary>
public sealed record WebhookTrigger(string Type, string? SignalCode);

/// <summary>The v4 <c>meta</c> object.</summary>
public sealed record WebhookMeta(
    string? Version,
    string? WebhookId,
    string? WebhookName,
    string? DeliveryId,
    DateTimeOffset? DeliveredAt,
    int? SignalCount,
    string? Mode);

/// <summary>One vehicle of a legacy v2.0 data payload; <see cref="Data"/> items have the batch-item shape.</summary>
public sealed record WebhookV2Vehicle(string VehicleId, string? RequestId, IReadOnlyList<BatchItemResponse> Data);

/// <summary>
/// A parsed webhook delivery (v4 <c>VERIFY</c>/<c>VEHICLE_STATE</c>/<c>VEHICLE_ERROR</c>, or legacy v2.0). Deduplicate on
/// <see cref="EventId"/>: it is the same across retries. <see cref="Data"/> keeps the raw <c>data</c>/<c>payload</c> object.
/// </summary>
public sealed record WebhookEvent(
    WebhookEventType EventType,
    string RawEventType,
    string? EventId,
    string? VehicleId,
    string? Challenge,
    WebhookVehicle? Vehicle,
    string? UserId,
    IReadOnlyList<V3Signal> Signals,
    IReadOnlyList<WebhookTrigger> Triggers,
    string? State,
    WebhookMeta Meta,
    IReadOnlyList<WebhookV2Vehicle> V2Vehicles,
    JsonElement? Data);
