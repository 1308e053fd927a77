using System.Text.Json;
using System.Text.Unicode;

namespace Nerava.Api.Hosting.Guard;

/// <summary>A body the guard refused, with the problem to answer.</summary>
public sealed record BodyRejection(int Status, string Error, string Title, string Detail);

/// <summary>
/// Checks a JSON body before any handler sees it: UTF-8 only (RFC 8259), no lone surrogates (raw or escaped), no NUL
/// characters (PostgreSQL text cannot hold them), well-formed, and no deeper than the configured depth.
/// </summary>
public static class JsonBodyCheck
{
    public static BodyRejection? Check(ReadOnlySpan<byte> body, int maxDepth)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        // Overlong forms, encoded surrogates (CESU-8) and truncated sequences are all invalid UTF-8.
        if (!Utf8.IsValid(body))
        {
            return Encoding("The body is not valid UTF-8.");
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped
                    && CheckEscaped(ref reader) is { } rejection)
                {
                    return rejection;
                }

                // 1e400 would bind as infinity; no field of ours holds a number beyond double's range.
                if (reader.TokenType == JsonTokenType.Number && !(reader.TryGetDouble(out var number) && double.IsFinite(number)))
                {
                    return new BodyRejection(400, ErrorCodes.MalformedRequest, "The request body could not be read.",
                        $"A number is out of range (at byte {reader.TokenStartIndex}).");
                }
            }
        }
        catch (JsonException ex)
        {
            return new BodyRejection(400, ErrorCodes.MalformedRequest, "The request body could not be read.",
                reader.CurrentDepth >= maxDepth - 1
                    ? $"JSON nested deeper than {maxDepth} levels."
                    : $"Invalid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}.");
        }

        return null;
    }

    // Only an escape (\u0000, \ud800) can smuggle a NUL or a lone surrogate past the UTF-8 check.
    private static BodyRejection? CheckEscaped(ref Utf8JsonReader reader)
    {
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding("A string holds an escaped lone surrogate (e.g. \\ud800).");
        }

        return text.Contains('\0', StringComparison.Ordinal)
            ? new BodyRejection(400, ErrorCodes.InvalidCharacters, "The request contains characters we do not accept.",
                "A string holds a NUL character (\\u0000).")
            : null;
    }

    private static BodyRejection Encoding(string detail) =>
        new(400, ErrorCodes.InvalidEncoding, "The request body is not valid UTF-8 text.", detail);
}
