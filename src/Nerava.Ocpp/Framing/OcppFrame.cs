using System.Buffers;
using System.Text.Json;

namespace Nerava.Ocpp.Framing;

/// <summary>Reads and writes OCPP-J frames. Reading never throws: a bad frame is an <see cref="OcppFrameError"/>.</summary>
public static class OcppFrame
{
    public const int CallType = 2;
    public const int CallResultType = 3;
    public const int CallErrorType = 4;
    public const int MaxMessageIdLength = 36;

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Parses one text frame. Returns the message, or the error to answer with (null message and null error: ignore the frame).</summary>
    public static (OcppMessage? Message, OcppFrameError? Error) Parse(ReadOnlySpan<byte> utf8)
    {
        JsonElement root;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 32 });
            root = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return (null, new OcppFrameError(null, OcppErrorCodes.FormationViolation, "The frame is not JSON."));
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() < 3
            || root[0].ValueKind != JsonValueKind.Number || !root[0].TryGetInt32(out var type))
        {
            return (null, new OcppFrameError(ReadId(root), OcppErrorCodes.FormationViolation, "The frame is not an OCPP-J message array."));
        }

        if (root[1].ValueKind != JsonValueKind.String || root[1].GetString() is not { Length: > 0 and <= MaxMessageIdLength } id)
        {
            return (null, new OcppFrameError(null, OcppErrorCodes.FormationViolation, "The message id must be a string of 1–36 characters."));
        }

        return type switch
        {
            CallType => ParseCall(root, id),
            CallResultType when root.GetArrayLength() == 3 => (new OcppCallResult(id, root[2].Clone()), null),
            CallErrorType when root.GetArrayLength() is 4 or 5 && root[2].ValueKind == JsonValueKind.String =>
                (new OcppCallError(id, root[2].GetString()!, root[3].ValueKind == JsonValueKind.String ? root[3].GetString()! : "",
                    root.GetArrayLength() == 5 ? root[4].Clone() : EmptyObject), null),
            CallResultType or CallErrorType => (null, new OcppFrameError(null, OcppErrorCodes.FormationViolation, "Malformed response frame.")),
            // J16 §4.1.3: an unknown message type is ignored.
            _ => (null, null),
        };
    }

    private static (OcppMessage?, OcppFrameError?) ParseCall(JsonElement root, string id)
    {
        if (root.GetArrayLength() != 4)
        {
            return (null, new OcppFrameError(id, OcppErrorCodes.FormationViolation, "A CALL has exactly four elements."));
        }

        if (root[2].ValueKind != JsonValueKind.String || root[2].GetString() is not { Length: > 0 } action)
        {
            return (null, new OcppFrameError(id, OcppErrorCodes.FormationViolation, "The action must be a string."));
        }

        if (root[3].ValueKind != JsonValueKind.Object)
        {
            return (null, new OcppFrameError(id, OcppErrorCodes.FormationViolation, "The payload must be a JSON object."));
        }

        return (new OcppCall(id, action, root[3].Clone()), null);
    }

    private static string? ReadId(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 1 && root[1].ValueKind == JsonValueKind.String
            && root[1].GetString() is { Length: > 0 and <= MaxMessageIdLength } id
            ? id
            : null;

    public static byte[] Write(OcppMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            switch (message)
            {
                case OcppCall call:
                    w.WriteNumberValue(CallType);
                    w.WriteStringValue(call.MessageId);
                    w.WriteStringValue(call.Action);
                    call.Payload.WriteTo(w);
                    break;
                case OcppCallResult result:
                    w.WriteNumberValue(CallResultType);
                    w.WriteStringValue(result.MessageId);
                    result.Payload.WriteTo(w);
                    break;
                case OcppCallError error:
                    w.WriteNumberValue(CallErrorType);
                    w.WriteStringValue(error.MessageId);
                    w.WriteStringValue(error.ErrorCode);
                    w.WriteStringValue(error.Description);
                    (error.Details.ValueKind == JsonValueKind.Object ? error.Details : EmptyObject).WriteTo(w);
                    break;
                default:
                    throw new ArgumentException($"Unknown message type {message.GetType().Name}.", nameof(message));
            }

            w.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static OcppCallError Error(string messageId, string code, string description) => new(messageId, code, description, EmptyObject);
}
