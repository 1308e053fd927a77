using System.Text.Json.Nodes;

namespace Nerava.Api.IntegrationTests.Features.Fuzz;

/// <summary>Builds a value that fits a schema: the valid starting point every body mutation works from.</summary>
public sealed class SchemaValues(SchemaResolver schemas, FuzzContext context)
{
    public JsonNode? Valid(JsonElement? schema, Random rng, string? name = null, int depth = 0)
    {
        if (schema is null)
        {
            return RandomObject(rng, depth);
        }

        var s = schemas.Resolve(schema.Value);
        if (name is not null && context.KnownValue(name, rng) is { } known && rng.Next(10) != 0)
        {
            return JsonValue.Create(known);
        }

        var types = SchemaResolver.Types(s);
        return types[rng.Next(types.Count)] switch
        {
            "object" => Object(s, rng, depth),
            "array" => new JsonArray(Enumerable.Range(0, rng.Next(3))
                .Select(_ => Valid(s.TryGetProperty("items", out var items) ? items : null, rng, null, depth + 1)).ToArray()),
            "string" => JsonValue.Create(RandomText(rng)),
            "integer" => JsonValue.Create(rng.Next(-5, 1000)),
            "number" => JsonValue.Create(Math.Round((rng.NextDouble() * 200) - 100, 4)),
            "boolean" => JsonValue.Create(rng.Next(2) == 0),
            "null" => null,
            _ => depth > 2 ? JsonValue.Create(rng.Next()) : RandomObject(rng, depth),
        };
    }

    private JsonObject Object(JsonElement schema, Random rng, int depth)
    {
        var result = new JsonObject();
        if (depth > 4 || !schema.TryGetProperty("properties", out var properties))
        {
            return depth > 4 ? result : RandomObject(rng, depth);
        }

        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
        foreach (var property in properties.EnumerateObject())
        {
            // The generated document marks every member required; most are optional on the wire, so leave some out.
            if (!required.Contains(property.Name) || rng.Next(5) != 0)
            {
                result[property.Name] = Valid(property.Value, rng, property.Name, depth + 1);
            }
        }

        return result;
    }

    public static JsonObject RandomObject(Random rng, int depth)
    {
        var result = new JsonObject();
        for (var i = rng.Next(4); i > 0; i--)
        {
            result[$"k{rng.Next(100)}"] = depth > 2 || rng.Next(3) != 0 ? JsonValue.Create(RandomText(rng)) : RandomObject(rng, depth + 1);
        }

        return result;
    }

    public static string RandomText(Random rng)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,:/+$";
        var chars = new char[rng.Next(0, 24)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[rng.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
