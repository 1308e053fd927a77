using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary><c>POST /v2.0/vehicles/{id}/batch</c> answer. Each item is billed as one request.</summary>
public sealed record BatchResponse([property: JsonPropertyName("responses")] IReadOnlyList<BatchItemResponse> Responses)
{
    /// <summary>The item for a path such as <c>/location</c>, or null.</summary>
    public BatchItemResponse? Find(string path) =>
        Responses.FirstOrDefault(item => string.Equals(item.Path.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
}
