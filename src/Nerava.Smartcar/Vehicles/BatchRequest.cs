using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Vehicles;

/// <summary>Wire body of a batch request: <c>{"requests":[{"path":"/location"}]}</c>.</summary>
internal sealed record BatchRequest([property: JsonPropertyName("requests")] IReadOnlyList<BatchRequestItem> Requests);

internal sealed record BatchRequestItem([property: JsonPropertyName("path")] string Path);
