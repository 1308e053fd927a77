namespace Nerava.Smartcar.V3;

/// <summary><c>GET /v3/vehicles/{id}</c>.</summary>
public sealed record V3Vehicle(string Id, string? Make, string? Model, int? Year, string? PowertrainType, string? Mode);

/// <summary><c>GET /v3/vehicles/{id}/signals</c>: the signals, page meta and the <c>links.next</c> of a further page.</summary>
public sealed record V3SignalList(IReadOnlyList<V3Signal> Signals, int? Page, int? PageSize, int? TotalCount, string? NextLink = null)
{
    /// <summary>The signal with <paramref name="code"/>, or null.</summary>
    public V3Signal? Find(string code) => Signals.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A user/vehicle connection (<c>GET /v3/connections</c>).</summary>
public sealed record V3Connection(
    string Id,
    string? VehicleId,
    string? UserId,
    IReadOnlyList<string> Permissions,
    string? Make,
    string? Model,
    int? Year,
    string? Mode,
    DateTimeOffset? CreatedAt);

/// <summary>A page of connections.</summary>
public sealed record V3ConnectionList(IReadOnlyList<V3Connection> Connections, int? Page, int? PageSize, int? TotalCount);

/// <summary>A v3 application token (client credentials, valid about an hour).</summary>
public sealed record ApplicationToken(string AccessToken, DateTimeOffset ExpiresAt);
