using System.Text.Json;
using System.Text.Json.Serialization;
using Nerava.Smartcar.Internal;

namespace Nerava.Smartcar.V3;

/// <summary>Wire shape of a signal: JSON:API (<c>attributes.{code,name,group,status,body}</c>) or flat as in webhooks.</summary>
internal sealed class V3SignalResource
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("attributes")]
    public V3SignalAttributes? Attributes { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("group")]
    public string? Group { get; set; }

    [JsonPropertyName("status")]
    public V3SignalStatus? Status { get; set; }

    [JsonPropertyName("body")]
    public JsonElement? Body { get; set; }

    [JsonPropertyName("meta")]
    public V3SignalMeta? Meta { get; set; }

    public V3Signal ToSignal()
    {
        var status = Attributes?.Status ?? Status;
        var error = status?.Error is { ValueKind: JsonValueKind.Object } e
            ? new V3SignalError(ReadString(e, "type"), ReadString(e, "code"))
            : null;
        return new V3Signal(
            Attributes?.Code ?? Code ?? Id ?? "",
            Attributes?.Name ?? Name,
            Attributes?.Group ?? Group,
            status?.Value,
            (Attributes?.Body ?? Body) is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } body ? body.Clone() : null,
            Meta?.RetrievedAt,
            Meta?.OemUpdatedAt,
            error);
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

internal sealed class V3SignalAttributes
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("group")]
    public string? Group { get; set; }

    [JsonPropertyName("status")]
    public V3SignalStatus? Status { get; set; }

    [JsonPropertyName("body")]
    public JsonElement? Body { get; set; }
}

internal sealed class V3SignalStatus
{
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("error")]
    public JsonElement? Error { get; set; }
}

internal sealed class V3SignalMeta
{
    [JsonPropertyName("retrievedAt")]
    [JsonConverter(typeof(FlexibleTimestampConverter))]
    public DateTimeOffset? RetrievedAt { get; set; }

    [JsonPropertyName("oemUpdatedAt")]
    [JsonConverter(typeof(FlexibleTimestampConverter))]
    public DateTimeOffset? OemUpdatedAt { get; set; }
}
