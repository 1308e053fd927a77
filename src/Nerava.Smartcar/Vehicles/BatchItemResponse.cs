using System.Text.Json;
using System.Text.Json.Serialization;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Internal;

namespace Nerava.Smartcar.Vehicles;

/// <summary>One item of a v2.0 batch answer: <c>{path, code, body, headers}</c>. A failed item carries a v2 error in <c>body</c>.</summary>
public sealed record BatchItemResponse(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("body")] JsonElement Body,
    [property: JsonPropertyName("headers")] JsonElement Headers)
{
    /// <summary>200 or 204.</summary>
    [JsonIgnore]
    public bool IsSuccess => Code is 200 or 204;

    /// <summary>The item's meta from its <c>headers</c> object.</summary>
    [JsonIgnore]
    public ResponseMeta Meta => ResponseMeta.FromHeaders(GetHeader);

    /// <summary>A header of this item, looked up case-insensitively.</summary>
    public string? GetHeader(string name)
    {
        if (Headers.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var header in Headers.EnumerateObject())
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText();
            }
        }

        return null;
    }

    /// <summary>The item's error (status = item <c>code</c>, <c>Retry-After</c> from the item headers), or null when it succeeded.</summary>
    public SmartcarException? GetError(DateTimeOffset now) =>
        IsSuccess ? null : SmartcarErrorParser.Parse(Code, Body, GetHeader, now);

    /// <summary>The item's body as <typeparamref name="T"/>; throws the item's <see cref="SmartcarException"/> when it failed.</summary>
    public SmartcarResponse<T> Read<T>(DateTimeOffset now)
    {
        if (GetError(now) is { } error)
        {
            throw error;
        }

        return new SmartcarResponse<T>(SmartcarJson.Deserialize<T>(Body, Code, Meta.RequestId), Meta);
    }
}
