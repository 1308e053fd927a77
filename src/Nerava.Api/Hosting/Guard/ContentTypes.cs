using Microsoft.Net.Http.Headers;

namespace Nerava.Api.Hosting.Guard;

/// <summary>What a Content-Type header says about a body, and the problems for the ones we refuse.</summary>
public readonly record struct ContentTypes(bool IsJson, bool IsUtf8)
{
    public static ContentTypes Parse(string? header)
    {
        if (header is null || !MediaTypeHeaderValue.TryParse(header, out var parsed))
        {
            return new ContentTypes(false, false);
        }

        var type = parsed.MediaType.Value ?? "";
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                   || type.Equals("text/json", StringComparison.OrdinalIgnoreCase)
                   || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = parsed.Charset.Value;
        return new ContentTypes(json, charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                                                      || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    public static BodyRejection NotUtf8() =>
        new(415, ErrorCodes.UnsupportedMediaType, "Unsupported media type.", "JSON bodies must be UTF-8 (RFC 8259).");

    public static BodyRejection Unsupported(string? sent, IReadOnlyList<string> accepted) =>
        new(415, ErrorCodes.UnsupportedMediaType, "Unsupported media type.",
            $"This endpoint accepts {string.Join(", ", accepted)}{(sent is null ? "; the request names no content type" : "")}.");
}
