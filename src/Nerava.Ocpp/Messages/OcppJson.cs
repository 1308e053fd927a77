using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nerava.Ocpp.Messages;

/// <summary>JSON settings for OCPP payloads: camelCase, absent optionals omitted, enums as strings, times in UTC with Z.</summary>
public static class OcppJson
{
    public static readonly JsonSerializerOptions Options = Create();

    public static JsonElement ToElement<T>(T payload) => JsonSerializer.SerializeToElement(payload, Options);

    public static T Read<T>(JsonElement payload) =>
        payload.Deserialize<T>(Options) ?? throw new JsonException($"Empty {typeof(T).Name} payload.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new UtcTimestampConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Chargers mis-handle offsets (ocpp.md §5 #14): always write UTC with a Z; read any ISO 8601 form.</summary>
    private sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
