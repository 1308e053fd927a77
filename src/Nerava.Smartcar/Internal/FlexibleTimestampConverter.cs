using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Internal;

/// <summary>
/// Reads v3 timestamps, which Smartcar sends as epoch milliseconds (<c>1752104218549</c>), sometimes epoch seconds (<c>1696156800</c>)
/// and sometimes ISO-8601 strings. Values below 10^11 are taken as seconds.
/// </summary>
internal sealed class FlexibleTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private const long SecondsThreshold = 100_000_000_000;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt64(out var number) => FromEpoch(number),
        JsonTokenType.Number => FromEpoch((long)reader.GetDouble()),
        JsonTokenType.String => FromString(reader.GetString()),
        JsonTokenType.Null => null,
        _ => throw new JsonException("Expected a timestamp."),
    };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeMilliseconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public static DateTimeOffset FromEpoch(long value) =>
        Math.Abs(value) < SecondsThreshold ? DateTimeOffset.FromUnixTimeSeconds(value) : DateTimeOffset.FromUnixTimeMilliseconds(value);

    private static DateTimeOffset? FromString(string? value)
    {
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return FromEpoch(number);
        }

        return ResponseMeta.ParseTime(value);
    }
}
