using System.Text;
using System.Text.Json.Nodes;

namespace Nerava.Api.IntegrationTests.Features.Fuzz;

/// <summary>Breaks a valid JSON body in the ways an attacker or a buggy client would; returns the bytes and what was done.</summary>
public static class JsonBodyMutator
{
    private const string Placeholder = "@@FUZZ-RAW@@";

    private static readonly Func<JsonNode?>[] EvilValues =
    [
        () => null, () => true, () => 0, () => -1, () => 1.5, () => long.MaxValue, () => double.MaxValue, () => double.Epsilon,
        () => "", () => " ", () => new string('x', 10_000), () => "\0", () => "a\0b", () => "\u0001\u001f", () => "😀🚗",
        () => "e\u0301", () => "\u202Eevil", () => "<script>alert(1)</script>", () => "' OR 1=1 --", () => "../../etc/passwd",
        () => "%00", () => "NaN", () => "1e400", () => "\uFFFF", () => "\uFEFF", () => new JsonArray(), () => new JsonObject(),
        () => new JsonArray(Enumerable.Range(0, 1000).Select(i => (JsonNode?)i).ToArray()), () => "+15125550100", () => "DONE 1234",
    ];

    // Valid or invalid JSON text in a value position: numbers no double/long can hold, escapes no UTF-16 string can hold.
    private static readonly string[] RawTexts =
    [
        "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "-9223372036854775809", "9223372036854775808", "2147483648",
        "-2147483649", "0.1e1", "1E+2", "-0", "1.0000000000000000000000001", "\"\\ud800\"", "\"\\udc00\"", "\"a\\ud800b\"",
        "\"\\ud800\\ud800\"", "\"\\udbff\\udfff\"", "\"\\u0000\"", "\"x\\u0000y\"", "NaN", "Infinity", "-Infinity", "\"\\x41\"",
        "[1,2,]", "{\"a\":1,}", "01", ".5", "1.", "truee", "nul", "'single'", "\"\\uZZZZ\"", new string('9', 5000),
    ];

    // Byte sequences that are not UTF-8: lone surrogates (CESU-8), overlong forms, truncated and out-of-range sequences.
    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xB0, 0x80], [0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x00], [0x01],
    ];

    private static readonly Func<byte[], Random, byte[]>[] WholeBodies =
    [
        (_, _) => [], (_, _) => "null"u8.ToArray(), (_, _) => "[]"u8.ToArray(), (_, _) => "\"text\""u8.ToArray(), (_, _) => "0"u8.ToArray(),
        (v, r) => v[..r.Next(Math.Max(1, v.Length))], (v, _) => [0xEF, 0xBB, 0xBF, .. v], (v, _) => [.. v, .. "garbage"u8],
        (v, _) => [.. v, .. v], (_, _) => "{\"phone\":\"+15125550100\",\"phone\":\"+15125550101\"}"u8.ToArray(),
        (v, _) => [.. "/* comment */"u8, .. v], (_, _) => "{'a':1}"u8.ToArray(), (_, _) => " \t\r\n "u8.ToArray(),
        (v, _) => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(v)), (_, r) => Nest(r.Next(2) == 0 ? 64 : 5_000, r),
        (_, _) => Nest(200_000, new Random(1)), (_, _) => "{\"a\":"u8.ToArray(), (_, _) => "\0\0\0\0"u8.ToArray(),
    ];

    public static (byte[] Body, string What) Mutate(JsonNode? valid, Random rng)
    {
        var roll = rng.Next(100);
        if (roll < 20 || valid is null)
        {
            return (Bytes(valid), "valid");
        }

        if (roll < 55 && valid is JsonObject obj && obj.Count > 0)
        {
            var key = obj.ElementAt(rng.Next(obj.Count)).Key;
            switch (rng.Next(5))
            {
                case 0:
                    obj.Remove(key);
                    return (Bytes(obj), $"without {key}");
                case 1:
                    var evil = EvilValues[rng.Next(EvilValues.Length)]();
                    obj[key] = evil;
                    return (Bytes(obj), $"{key}={Describe(evil)}");
                case 2:
                    var raw = RawTexts[rng.Next(RawTexts.Length)];
                    return (WithRaw(obj, key, Encoding.UTF8.GetBytes(raw)), $"{key}=raw {Short(raw)}");
                case 3:
                    var bad = InvalidUtf8[rng.Next(InvalidUtf8.Length)];
                    return (WithRaw(obj, key, [.. "\"ab"u8, .. bad, .. "cd\""u8]), $"{key}=bytes {Convert.ToHexString(bad)}");
                default:
                    var depth = new[] { 40, 65, 1_000, 50_000 }[rng.Next(4)];
                    return (WithRaw(obj, key, Nest(depth, rng)), $"{key}=nested {depth}");
            }
        }

        if (roll < 90)
        {
            var index = rng.Next(WholeBodies.Length);
            return (WholeBodies[index](Bytes(valid), rng), $"whole body #{index}");
        }

        if (valid is JsonObject big)
        {
            var size = rng.Next(4) == 0 ? 3_000_000 : rng.Next(5_000, 300_000);
            big[$"pad{rng.Next(10)}"] = new string('p', size);
            return (Bytes(big), $"padded {size}");
        }

        return (Bytes(valid), "valid");
    }

    public static byte[] Nest(int depth, Random rng)
    {
        var (open, close) = rng.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        var sb = new StringBuilder();
        sb.Insert(0, open, depth).Append('1').Insert(sb.Length, close, depth);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static byte[] Bytes(JsonNode? node) => Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null");

    private static byte[] WithRaw(JsonObject obj, string key, byte[] raw)
    {
        obj[key] = Placeholder;
        var text = Bytes(obj);
        var marker = Encoding.UTF8.GetBytes($"\"{Placeholder}\"");
        var at = text.AsSpan().IndexOf(marker);
        return [.. text.AsSpan(0, at), .. raw, .. text.AsSpan(at + marker.Length)];
    }

    private static string Describe(JsonNode? node) => Short(node?.ToJsonString() ?? "null");

    private static string Short(string s) => s.Length > 40 ? $"{s[..40]}…({s.Length})" : s;
}
