using System.Globalization;
using System.Text;

namespace Nerava.Api.IntegrationTests.Features.Fuzz;

/// <summary>
/// Turns the OpenAPI operations into requests: valid ones with real credentials and ids, and broken paths, queries,
/// headers, content types and bodies. Case <c>i</c> of seed <c>s</c> is always the same request.
/// </summary>
public sealed class FuzzCaseGenerator(IReadOnlyList<OpenApiOperation> operations, SchemaValues values, FuzzContext context, int seed)
{
    private static readonly string[] EvilSegments =
    [
        "%00", "a%00b", "%FF", "%ED%A0%80", "%C0%80", "..%2F..%2Fetc%2Fpasswd", "caf%C3%A9", "%F0%9F%98%80", "%20", "%2F",
        "null", "-1", "0", "00000000-0000-0000-0000-000000000000", "%E2%80%AE", "'%20OR%201=1", "%25", "%",
    ];

    private static readonly string[] EvilQueryValues =
    [
        "", "abc", "1e400", "-1e400", "NaN", "Infinity", "%00", "a%00", "%FF", "%ED%A0%80", "99999999999999999999999", "-1",
        "1,2", "%2B1", "[]", "{}", "true", "0x10", "1_000", "%E2%80%AE",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data",
        "application/json; charset=iso-8859-1", "application/json; charset=utf-16", "application/json; charset=nonsense", "application/*",
        ";;;", "application/merge-patch+json", "application/json-patch+json", "application/problem+json", "text/json", "APPLICATION/JSON",
        "application/json; boundary=x; q=0.1", "image/png",
    ];

    public FuzzCase Generate(int index)
    {
        var rng = new Random(HashCode.Combine(seed, index));
        var op = operations[rng.Next(operations.Count)];
        var method = rng.Next(40) == 0 ? new[] { "DELETE", "PATCH", "PUT", "POST", "GET", "OPTIONS" }[rng.Next(6)] : op.Method;
        var what = new List<string>();
        var url = Path(op, rng, what) + Query(op, rng, what);
        var headers = Headers(op, rng, what);
        byte[]? body = null;
        string? contentType = null;
        if (method is "POST" or "PUT" or "PATCH" || rng.Next(30) == 0)
        {
            (contentType, body) = Body(op, rng, what);
        }

        return new FuzzCase(index, method, url, body, contentType, headers, string.Join("; ", what));
    }

    private string Path(OpenApiOperation op, Random rng, List<string> what)
    {
        var path = op.Path;
        foreach (var p in op.Parameters.Where(p => p.In == "path"))
        {
            var valid = op.Path.StartsWith("/v1/arrival/", StringComparison.Ordinal) ? context.SessionId
                : op.Path.StartsWith("/v1/merchants/", StringComparison.Ordinal) ? Demo.StaffMerchant : Demo.SanAntonioCharger;
            var value = rng.Next(4) switch
            {
                0 => EvilSegments[rng.Next(EvilSegments.Length)],
                1 => rng.Next(3) == 0 ? new string('x', rng.Next(300, 9_000)) : Guid.NewGuid().ToString(),
                _ => valid,
            };
            if (value != valid)
            {
                what.Add($"{p.Name}={(value.Length > 40 ? "long" : value)}");
            }

            path = path.Replace($"{{{p.Name}}}", value, StringComparison.Ordinal);
        }

        return path;
    }

    private string Query(OpenApiOperation op, Random rng, List<string> what)
    {
        var parts = new List<string>();
        foreach (var p in op.Parameters.Where(p => p.In == "query"))
        {
            var roll = rng.Next(10);
            if (roll == 0)
            {
                continue;
            }

            var value = roll <= 3
                ? EvilQueryValues[rng.Next(EvilQueryValues.Length)]
                : Uri.EscapeDataString(Convert.ToString(context.KnownValue(p.Name, rng), CultureInfo.InvariantCulture) ?? SchemaValues.RandomText(rng));
            if (roll <= 3)
            {
                what.Add($"?{p.Name}={value}");
            }

            parts.Add($"{p.Name}={value}");
            if (rng.Next(15) == 0)
            {
                parts.Add($"{p.Name}=2");
                what.Add($"repeated {p.Name}");
            }
        }

        if (rng.Next(20) == 0)
        {
            parts.Add(rng.Next(2) == 0 ? "%00=%00" : $"x={new string('q', 10_000)}");
            what.Add("extra query");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private List<KeyValuePair<string, string>> Headers(OpenApiOperation op, Random rng, List<string> what)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var token = rng.Next(8) switch
        {
            0 => null,
            1 => new[] { "garbage", "", "a.b.c", "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", new string('t', 8_000), "\0" }[rng.Next(6)],
            2 => op.IsStaff ? context.DriverToken : context.StaffToken,
            _ => op.IsStaff ? context.StaffToken : context.DriverToken,
        };
        if (token is not null)
        {
            headers.Add(new("Authorization", rng.Next(25) == 0 ? $"Basic {token}" : $"Bearer {token}"));
        }

        if (rng.Next(5) == 0)
        {
            var (name, value) = rng.Next(9) switch
            {
                0 => ("Idempotency-Key", new[] { Guid.NewGuid().ToString(), "", new string('k', 5_000), "a\0b", "é" }[rng.Next(5)]),
                1 => ("Accept", new[] { "application/xml", "*/*;q=abc", "text/html", "" }[rng.Next(4)]),
                2 => ("X-Twilio-Signature", Convert.ToBase64String(Encoding.UTF8.GetBytes(SchemaValues.RandomText(rng)))),
                3 => ("SC-Signature", new[] { "00", "zz", new string('a', 64), "" }[rng.Next(4)]),
                4 => ("X-Forwarded-For", new[] { "1.2.3.4", "::1, 10.0.0.1", "garbage", "999.999.1.1", "" }[rng.Next(5)]),
                5 => ("Content-Encoding", "gzip"),
                6 => ("Accept-Language", "xx-ÿÿ"),
                7 => ("X-Long", new string('h', 30_000)),
                _ => ("Cookie", "a=\0; b=%00"),
            };
            headers.Add(new(name, value));
            what.Add($"header {name}");
        }

        return headers;
    }

    private (string? ContentType, byte[] Body) Body(OpenApiOperation op, Random rng, List<string> what)
    {
        if (op.IsForm)
        {
            var (formType, form, formWhat) = FormBodies.Next(rng);
            what.Add(formWhat);
            return (formType, form);
        }

        var valid = op.Path == "/v1/webhooks/smartcar" ? SmartcarWebhookBodies.Next(rng) : values.Valid(op.BodySchema, rng);
        var (body, bodyWhat) = JsonBodyMutator.Mutate(valid, rng);
        what.Add(bodyWhat);
        var roll = rng.Next(12);
        if (roll == 0)
        {
            what.Add("no content type");
            return (null, body);
        }

        if (roll == 1)
        {
            var type = ContentTypes[rng.Next(ContentTypes.Length)];
            what.Add($"content-type {type}");
            return (type, body);
        }

        return ("application/json", body);
    }
}
