using System.Text.Json;
using Nerava.Smartcar.Internal;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Webhooks;

/// <summary>Parses webhook payloads. Verify <see cref="WebhookSignature"/> on the raw bytes first.</summary>
public static class WebhookEventParser
{
    /// <summary>Parses a delivery body; throws <see cref="JsonException"/> when it is not a JSON object.</summary>
    public static WebhookEvent Parse(ReadOnlySpan<byte> rawBody)
    {
        var reader = new Utf8JsonReader(rawBody);
        using var document = JsonDocument.ParseValue(ref reader);
        return Parse(document.RootElement);
    }

    /// <summary>Parses a delivery body held as a string.</summary>
    public static WebhookEvent Parse(string rawBody)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        using var document = JsonDocument.Parse(rawBody);
        return Parse(document.RootElement);
    }

    private static WebhookEvent Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A webhook payload must be a JSON object.");
        }

        return root.TryGetProperty("eventType", out _) ? ParseV4(root) : ParseV2(root);
    }

    private static WebhookEvent ParseV4(JsonElement root)
    {
        var rawType = String(root, "eventType") ?? "";
        var type = rawType.ToUpperInvariant() switch
        {
            "VERIFY" => WebhookEventType.Verify,
            "VEHICLE_STATE" => WebhookEventType.VehicleState,
            "VEHICLE_ERROR" => WebhookEventType.VehicleError,
            _ => WebhookEventType.Unknown,
        };
        var data = Object(root, "data");
        var vehicle = data is { } d && Object(d, "vehicle") is { } v
            ? new WebhookVehicle(String(v, "id"), String(v, "make"), String(v, "model"), Int(v, "year"), String(v, "vin"))
            : null;
        var signals = data is { } ds && ds.TryGetProperty("signals", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(s => s.Deserialize<V3SignalResource>(SmartcarJson.Options)!.ToSignal()).ToList()
            : [];
        var triggers = root.TryGetProperty("triggers", out var t) && t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object)
                .Select(e => new WebhookTrigger(String(e, "type") ?? "", Object(e, "signal") is { } s ? String(s, "code") : null))
                .ToList()
            : [];
        var meta = Object(root, "meta") is { } m
            ? new WebhookMeta(
                String(m, "version"),
                String(m, "webhookId"),
                String(m, "webhookName"),
                String(m, "deliveryId"),
                Time(m, "deliveredAt"),
                Int(m, "signalCount"),
                String(m, "mode"))
            : new WebhookMeta(null, null, null, null, null, null, null);

        return new WebhookEvent(
            type,
            rawType,
            String(root, "eventId"),
            String(root, "vehicleId") ?? vehicle?.Id,
            data is { } c ? String(c, "challenge") : null,
            vehicle,
            data is { } u && Object(u, "user") is { } user ? String(user, "id") : null,
            signals,
            triggers,
            String(root, "state") ?? (data is { } st ? String(st, "state") : null),
            meta,
            [],
            data?.Clone());
    }

    private static WebhookEvent ParseV2(JsonElement root)
    {
        var rawType = String(root, "eventName") ?? "";
        var payload = Object(root, "payload");
        var type = rawType.Equals("verify", StringComparison.OrdinalIgnoreCase) ? WebhookEventType.Verify
            : rawType.Length > 0 ? WebhookEventType.V2Data
            : WebhookEventType.Unknown;
        var vehicles = payload is { } p && p.TryGetProperty("vehicles", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(ParseV2Vehicle).ToList()
            : [];
        var meta = new WebhookMeta(String(root, "version"), String(root, "webhookId"), null, null, null, null, String(root, "mode"));
        return new WebhookEvent(
            type,
            rawType,
            null,
            vehicles.Count == 1 ? vehicles[0].VehicleId : null,
            payload is { } c ? String(c, "challenge") : null,
            null,
            null,
            [],
            [],
            null,
            meta,
            vehicles,
            payload?.Clone());
    }

    private static WebhookV2Vehicle ParseV2Vehicle(JsonElement vehicle)
    {
        var items = vehicle.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            ? data.EnumerateArray().Select(i => i.Deserialize<BatchItemResponse>(SmartcarJson.Options)!).ToList()
            : [];
        return new WebhookV2Vehicle(String(vehicle, "vehicleId") ?? "", String(vehicle, "requestId"), items);
    }

    private static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i : null;

    private static DateTimeOffset? Time(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var epoch) => FlexibleTimestampConverter.FromEpoch(epoch),
            JsonValueKind.String => ResponseMeta.ParseTime(value.GetString()),
            _ => null,
        };
    }
}
