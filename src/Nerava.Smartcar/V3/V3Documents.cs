using System.Text.Json.Serialization;

namespace Nerava.Smartcar.V3;

/// <summary>JSON:API envelope with one resource.</summary>
internal sealed class V3Document<T>
{
    [JsonPropertyName("data")]
    public T? Data { get; set; }
}

/// <summary>JSON:API envelope with a list and page meta.</summary>
internal sealed class V3ListDocument<T>
{
    [JsonPropertyName("data")]
    public List<T>? Data { get; set; }

    [JsonPropertyName("meta")]
    public V3PageMeta? Meta { get; set; }

    [JsonPropertyName("links")]
    public V3Links? Links { get; set; }
}

internal sealed class V3Links
{
    [JsonPropertyName("next")]
    public string? Next { get; set; }
}

internal sealed class V3PageMeta
{
    [JsonPropertyName("page")]
    public int? Page { get; set; }

    [JsonPropertyName("pageSize")]
    public int? PageSize { get; set; }

    [JsonPropertyName("totalCount")]
    public int? TotalCount { get; set; }
}

internal sealed class V3VehicleResource
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("attributes")]
    public V3VehicleAttributes? Attributes { get; set; }
}

internal sealed class V3VehicleAttributes
{
    [JsonPropertyName("make")]
    public string? Make { get; set; }

    [JsonPropertyName("model")]
    public string? Model { get; set; }

    [JsonPropertyName("year")]
    public int? Year { get; set; }

    [JsonPropertyName("powertrainType")]
    public string? PowertrainType { get; set; }

    [JsonPropertyName("mode")]
    public string? Mode { get; set; }
}

internal sealed class V3ConnectionResource
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("attributes")]
    public V3ConnectionAttributes? Attributes { get; set; }

    [JsonPropertyName("relationships")]
    public V3ConnectionRelationships? Relationships { get; set; }

    [JsonPropertyName("meta")]
    public V3ConnectionMeta? Meta { get; set; }
}

internal sealed class V3ConnectionAttributes
{
    [JsonPropertyName("permissions")]
    public List<string>? Permissions { get; set; }

    [JsonPropertyName("vehicle")]
    public V3VehicleAttributes? Vehicle { get; set; }
}

internal sealed class V3ConnectionRelationships
{
    [JsonPropertyName("vehicle")]
    public V3Relationship? Vehicle { get; set; }

    [JsonPropertyName("user")]
    public V3Relationship? User { get; set; }
}

internal sealed class V3Relationship
{
    [JsonPropertyName("data")]
    public V3ResourceId? Data { get; set; }
}

internal sealed class V3ResourceId
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }
}

internal sealed class V3ConnectionMeta
{
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; set; }
}
