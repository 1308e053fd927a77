namespace Nerava.Api.IntegrationTests.Features.Fuzz;

public sealed record OpenApiParameter(string Name, string In, JsonElement Schema, bool Required);

/// <summary>One operation of <c>/openapi/v1.json</c>: what the fuzzer needs to build requests for it.</summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, JsonElement? BodySchema,
    IReadOnlyList<string> ContentTypes)
{
    public bool IsForm => Path == "/v1/webhooks/twilio/sms";

    public bool IsStaff => Path.StartsWith("/v1/merchant", StringComparison.Ordinal) || Path.EndsWith("/merchant-confirm", StringComparison.Ordinal);

    public bool IsJsonBody => BodySchema is not null || Method is "POST" or "PUT" && !IsForm;

    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation in the document, plus the routes it leaves out (health, dev, hub negotiation).</summary>
    public static IReadOnlyList<OpenApiOperation> Parse(JsonElement doc)
    {
        var operations = new List<OpenApiOperation>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new OpenApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var s) ? s : default,
                        p.TryGetProperty("required", out var r) && r.GetBoolean())).ToList()
                    : [];
                JsonElement? body = null;
                var contentTypes = new List<string>();
                if (op.Value.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content))
                {
                    foreach (var ct in content.EnumerateObject())
                    {
                        contentTypes.Add(ct.Name);
                        body ??= ct.Value.TryGetProperty("schema", out var schema) ? schema : null;
                    }
                }

                operations.Add(new OpenApiOperation(op.Name.ToUpperInvariant(), path.Name, parameters, body, contentTypes));
            }
        }

        foreach (var (method, path) in Extra)
        {
            operations.Add(new OpenApiOperation(method, path, [], null, []));
        }

        // SignalR's transport endpoint takes the connection id in the query.
        foreach (var method in new[] { "GET", "POST", "DELETE" })
        {
            operations.Add(new OpenApiOperation(method, "/hubs/sessions", [new OpenApiParameter("id", "query", default, false)], null, []));
        }

        return operations;
    }

    private static readonly (string Method, string Path)[] Extra =
    [
        ("GET", "/health/live"), ("GET", "/health/ready"), ("GET", "/dev/outbox"), ("GET", "/dev/outbox/view"),
        ("POST", "/dev/demo/drive"), ("POST", "/hubs/sessions/negotiate"), ("GET", "/v1/no-such-route"), ("GET", "/openapi/v1.json"),
        ("GET", "/hangfire"), ("POST", "/hangfire/stats"), ("GET", "/docs"),
    ];
}

/// <summary>Follows <c>$ref</c>s into <c>components/schemas</c>.</summary>
public sealed class SchemaResolver(JsonElement doc)
{
    public JsonElement Resolve(JsonElement schema)
    {
        var guard = 0;
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) && guard++ < 10)
        {
            var name = reference.GetString()!.Split('/').Last();
            schema = doc.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    /// <summary>The schema's non-null types ("string", "number", …); "object" when it names none.</summary>
    public static IReadOnlyList<string> Types(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _) ? ["object"] : ["any"];
        }

        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [type.GetString()!];
        var nonNull = types.Where(t => t != "null").ToList();
        return nonNull.Count > 0 ? nonNull : ["null"];
    }
}
