using System.Text.Json;

namespace Nerava.Smartcar.Errors;

/// <summary>
/// Turns an error response into a <see cref="SmartcarException"/>. Understands the v2.0 body (<c>{type, code, description, docURL,
/// statusCode, requestId, resolution, suggestedUserMessage, detail}</c>), the v3 JSON:API body (<c>{errors: [{status, type, code,
/// title, detail, links.about, resolution}]}</c>), OAuth bodies (<c>{error, error_description}</c>) and non-JSON bodies.
/// </summary>
public static class SmartcarErrorParser
{
    public const string SdkErrorType = "SDK_ERROR";
    private const int MaxRawBodyLength = 2048;

    /// <summary>Parses an error.</summary>
    /// <param name="statusCode">HTTP status (or a batch item's <c>code</c>).</param>
    /// <param name="body">Response body, possibly empty or not JSON.</param>
    /// <param name="header">Case-insensitive header lookup (<c>SC-Request-Id</c>, <c>Retry-After</c>).</param>
    /// <param name="now">Current time, for an HTTP-date <c>Retry-After</c>.</param>
    public static SmartcarException Parse(int statusCode, string? body, Func<string, string?> header, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(header);
        var retryAfter = RetryAfterParser.Parse(header("Retry-After"), now);
        var headerRequestId = header("SC-Request-Id");

        JsonDocument? document = null;
        try
        {
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    document = JsonDocument.Parse(body);
                }
                catch (JsonException)
                {
                    document = null;
                }
            }

            if (document?.RootElement is { ValueKind: JsonValueKind.Object } root)
            {
                return FromJson(statusCode, root, body!, headerRequestId, retryAfter);
            }

            return new SmartcarException(statusCode, SmartcarErrorTypes.FromStatus(statusCode), SdkErrorType, null, Truncate(body))
            {
                RequestId = headerRequestId,
                RetryAfter = retryAfter,
                RawBody = Truncate(body),
            };
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <summary>Parses an error object that is already a JSON element (batch item bodies).</summary>
    public static SmartcarException Parse(int statusCode, JsonElement body, Func<string, string?> header, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(header);
        return body.ValueKind == JsonValueKind.Object
            ? FromJson(statusCode, body, body.GetRawText(), header("SC-Request-Id"), RetryAfterParser.Parse(header("Retry-After"), now))
            : Parse(statusCode, body.ValueKind == JsonValueKind.Undefined ? null : body.GetRawText(), header, now);
    }

    private static SmartcarException FromJson(int statusCode, JsonElement root, string raw, string? headerRequestId, TimeSpan? retryAfter)
    {
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            return FromV3(statusCode, errors[0], headerRequestId, retryAfter);
        }

        var type = GetString(root, "type");
        if (type is not null)
        {
            return new SmartcarException(statusCode, SmartcarErrorTypes.From(type, statusCode), type, GetString(root, "code"), GetString(root, "description"))
            {
                DocUrl = GetString(root, "docURL"),
                Resolution = GetResolution(root),
                RequestId = GetString(root, "requestId") ?? headerRequestId,
                RetryAfter = retryAfter,
                SuggestedUserMessage = GetString(root, "suggestedUserMessage"),
                Detail = GetDetail(root),
            };
        }

        var oauthError = GetString(root, "error");
        if (oauthError is not null)
        {
            return new SmartcarException(statusCode, SmartcarErrorType.OAuth, oauthError, null, GetString(root, "error_description"))
            {
                RequestId = headerRequestId,
                RetryAfter = retryAfter,
            };
        }

        return new SmartcarException(statusCode, SmartcarErrorTypes.FromStatus(statusCode), SdkErrorType, null, "Unrecognised error body.")
        {
            RequestId = GetString(root, "requestId") ?? headerRequestId,
            RetryAfter = retryAfter,
            RawBody = Truncate(raw),
        };
    }

    private static SmartcarException FromV3(int statusCode, JsonElement error, string? headerRequestId, TimeSpan? retryAfter)
    {
        var type = GetString(error, "type") ?? SdkErrorType;
        var detail = GetString(error, "detail");
        var docUrl = error.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Object
            ? GetString(links, "about")
            : null;
        return new SmartcarException(statusCode, SmartcarErrorTypes.From(type, statusCode), type, GetString(error, "code"), detail ?? GetString(error, "title"))
        {
            DocUrl = docUrl ?? GetString(error, "docURL"),
            Resolution = GetResolution(error),
            RequestId = GetString(error, "requestId") ?? headerRequestId,
            RetryAfter = retryAfter,
            SuggestedUserMessage = GetString(error, "suggestedUserMessage"),
            Detail = GetDetail(error),
        };
    }

    private static SmartcarResolution? GetResolution(JsonElement element)
    {
        if (!element.TryGetProperty("resolution", out var resolution))
        {
            return null;
        }

        return resolution.ValueKind switch
        {
            JsonValueKind.String => new SmartcarResolution(resolution.GetString(), null),
            JsonValueKind.Object => new SmartcarResolution(GetString(resolution, "type"), GetString(resolution, "url")),
            _ => null,
        };
    }

    private static JsonElement? GetDetail(JsonElement element) =>
        element.TryGetProperty("detail", out var detail) && detail.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? detail.Clone()
            : null;

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;

    private static string? Truncate(string? body) =>
        body is null ? null : body.Length <= MaxRawBodyLength ? body : body[..MaxRawBodyLength];
}
