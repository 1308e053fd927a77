using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary>v2.0 <c>paging</c> object.</summary>
public sealed record Paging(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("offset")] int Offset);
