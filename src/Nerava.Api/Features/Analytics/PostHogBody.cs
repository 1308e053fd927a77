using System.Text;
using System.Text.Json;

namespace Nerava.Api.Features.Analytics;

/// <summary>
/// Reads what posthog-js posts: a JSON event, a JSON array of events or <c>{batch:[…]}</c>, either raw or form-encoded as
/// <c>data=…</c> (base64 when <c>compression=base64</c>, as its sendBeacon path sends).
/// </summary>
public static class PostHogBody
{
    public static IEnumerable<JsonElement> Events(string body, string? compression)
    {
        var json = body.TrimStart();
        if (json.StartsWith("data=", StringComparison.Ordinal))
        {
            json = Uri.UnescapeDataString(json[5..].Split('&')[0].Replace('+', ' '));
            if (string.Equals(compression, "base64", StringComparison.OrdinalIgnoreCase) || !json.TrimStart().StartsWith('{') && !json.TrimStart().StartsWith('['))
            {
                json = Encoding.UTF8.GetString(Convert.FromBase64String(json.Trim()));
            }
        }

        var root = JsonDocument.Parse(json).RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().ToList(),
            JsonValueKind.Object when root.TryGetProperty("batch", out var batch) && batch.ValueKind == JsonValueKind.Array => batch.EnumerateArray().ToList(),
            JsonValueKind.Object => [root],
            _ => throw new JsonException("Not an event."),
        };
    }

    /// <summary>The event's name, who did it, and its own properties (PostHog's <c>$</c> bookkeeping left out except the page).</summary>
    public static (string? Name, string? DistinctId, string PropertiesJson) Describe(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("event", out var name) || name.ValueKind != JsonValueKind.String)
        {
            return (null, null, "{}");
        }

        string? distinct = null;
        var kept = new Dictionary<string, JsonElement>();
        if (e.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in props.EnumerateObject())
            {
                if (p.Name == "distinct_id")
                {
                    distinct = p.Value.ToString();
                }
                else if ((!p.Name.StartsWith('$') && p.Name != "token") || p.Name == "$current_url")
                {
                    kept[p.Name] = p.Value;
                }
            }
        }

        if (distinct is null && e.TryGetProperty("distinct_id", out var d))
        {
            distinct = d.ToString();
        }

        return (name.GetString(), distinct, JsonSerializer.Serialize(kept));
    }
}
