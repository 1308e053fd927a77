using System.Text.Json;

namespace Nerava.Smartcar.V3;

/// <summary>Error carried by a signal whose <c>status.value</c> is <c>ERROR</c>, e.g. <c>COMPATIBILITY:VEHICLE_NOT_CAPABLE</c>.</summary>
public sealed record V3SignalError(string? Type, string? Code);

/// <summary>
/// One v3 signal, from the API (JSON:API <c>attributes</c>) or a webhook (flat). <see cref="Body"/> is the signal-specific value object.
/// </summary>
public sealed record V3Signal(
    string Code,
    string? Name,
    string? Group,
    string? Status,
    JsonElement? Body,
    DateTimeOffset? RetrievedAt,
    DateTimeOffset? OemUpdatedAt,
    V3SignalError? Error)
{
    /// <summary>True when the signal has a body and no error status.</summary>
    public bool HasValue => Body is { ValueKind: JsonValueKind.Object } && Error is null && Status is null or "SUCCESS";

    /// <summary>When the vehicle recorded the value, else when Smartcar retrieved it.</summary>
    public DateTimeOffset? RecordedAt => OemUpdatedAt ?? RetrievedAt;

    /// <summary>A numeric body property (e.g. <c>value</c>, <c>latitude</c>), or null.</summary>
    public double? GetNumber(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    /// <summary>A boolean body property, or null.</summary>
    public bool? GetBoolean(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    /// <summary>A string body property, or null.</summary>
    public string? GetString(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
