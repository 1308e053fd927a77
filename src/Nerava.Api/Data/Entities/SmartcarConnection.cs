namespace Nerava.Api.Data.Entities;

/// <summary>A driver's connected vehicle. Tokens are encrypted with Data Protection; never stored in plaintext.</summary>
public sealed class SmartcarConnection
{
    public Guid Id { get; set; }
    public Guid DriverId { get; set; }
    /// <summary>Vehicles approved in one Connect share one token pair; refreshes rotate it for the whole grant.</summary>
    public Guid GrantId { get; set; }
    public required string VehicleId { get; set; }
    public string? SmartcarUserId { get; set; }
    public required string AccessTokenProtected { get; set; }
    public required string RefreshTokenProtected { get; set; }
    public DateTimeOffset AccessExpiresAt { get; set; }
    public DateTimeOffset RefreshExpiresAt { get; set; }
    public string? Make { get; set; }
    public string? Model { get; set; }
    public int? Year { get; set; }
    public bool IsPrimary { get; set; }
    /// <summary>One of <see cref="ConnectionStatus"/>.</summary>
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}

/// <summary>Wire values of <see cref="SmartcarConnection.Status"/>.</summary>
public static class ConnectionStatus
{
    public const string Active = "active";
    public const string Revoked = "revoked";
    public const string NeedsReconnect = "needs_reconnect";
}
