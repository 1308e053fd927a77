namespace Nerava.Api.IntegrationTests.Features.Fuzz;

/// <summary>One generated request, reproducible from the seed and its index.</summary>
public sealed record FuzzCase(int Index, string Method, string Url, byte[]? Body, string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers, string What)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    public override string ToString() =>
        $"#{Index} {Method} {(Url.Length > 160 ? Url[..160] + "…" : Url)} [{What}] content-type={ContentType ?? "-"} body={Body?.Length ?? 0} B " +
        $"headers={string.Join(", ", Headers.Select(h => $"{h.Key}: {(h.Value.Length > 40 ? h.Value[..40] + "…" : h.Value)}"))}";
}

/// <summary>What the API answered to one case, and whether that answer breaks the rules.</summary>
public sealed record FuzzOutcome(FuzzCase Case, int Status, string? MediaType, string Body)
{
    public static async Task<FuzzOutcome> ReadAsync(FuzzCase c, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return new FuzzOutcome(c, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    /// <summary>Null when the answer is acceptable: never a 5xx, and every 4xx a problem with an error code and its status.</summary>
    public string? Violation()
    {
        if (Status >= 500)
        {
            return "server error";
        }

        if (Status < 400)
        {
            return null;
        }

        if (MediaType != "application/problem+json")
        {
            return $"4xx as {MediaType ?? "no content type"}";
        }

        try
        {
            var json = JsonDocument.Parse(Body).RootElement;
            return json.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String && error.GetString()!.Length > 0
                   && json.TryGetProperty("status", out var status) && status.GetInt32() == Status
                ? null
                : "problem without an error code or with a different status";
        }
        catch (JsonException)
        {
            return "problem body is not JSON";
        }
    }

    public override string ToString() => $"{Status} {MediaType} {(Body.Length > 300 ? Body[..300] : Body)} ← {Case}";
}

