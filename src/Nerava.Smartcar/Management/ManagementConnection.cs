using System.Text.Json.Serialization;

namespace Nerava.Smartcar.Management;

/// <summary>A vehicle connection from <c>/v2.0/management/connections</c>.</summary>
public sealed record ManagementConnection(
    [property: JsonPropertyName("vehicleId")] string VehicleId,
    [property: JsonPropertyName("userId")] string? UserId,
    [property: JsonPropertyName("connectedAt")] DateTimeOffset? ConnectedAt,
    [property: JsonPropertyName("mode")] string? Mode);

/// <summary>A page of connections; pass <see cref="Cursor"/> back for the next page (null on the last).</summary>
public sealed record ManagementConnectionPage(IReadOnlyList<ManagementConnection> Connections, string? Cursor);

internal sealed record ManagementConnectionsBody(
    [property: JsonPropertyName("connections")] IReadOnlyList<ManagementConnection>? Connections,
    [property: JsonPropertyName("paging")] ManagementPaging? Paging);

internal sealed record ManagementPaging([property: JsonPropertyName("cursor")] string? Cursor);
