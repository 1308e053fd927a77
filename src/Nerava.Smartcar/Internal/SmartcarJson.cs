using System.Text.Json;
using Nerava.Smartcar.Errors;

namespace Nerava.Smartcar.Internal;

/// <summary>Shared serializer settings; every wire property is named explicitly with <c>JsonPropertyName</c>.</summary>
internal static class SmartcarJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };

    public static T Deserialize<T>(string body, int statusCode, string? requestId)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options)
                ?? throw Malformed(statusCode, requestId, body, null);
        }
        catch (JsonException ex)
        {
            throw Malformed(statusCode, requestId, body, ex);
        }
    }

    public static T Deserialize<T>(JsonElement body, int statusCode, string? requestId)
    {
        try
        {
            return body.Deserialize<T>(Options) ?? throw Malformed(statusCode, requestId, body.GetRawText(), null);
        }
        catch (JsonException ex)
        {
            throw Malformed(statusCode, requestId, body.GetRawText(), ex);
        }
    }

    private static SmartcarException Malformed(int statusCode, string? requestId, string body, Exception? inner) =>
        new(statusCode, SmartcarErrorType.Sdk, SmartcarErrorParser.SdkErrorType, null, "Smartcar returned a body the client could not read.", inner)
        {
            RequestId = requestId,
            RawBody = body.Length <= 2048 ? body : body[..2048],
        };
}
