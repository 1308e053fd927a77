namespace Nerava.Api.Data.Entities;

/// <summary>A pending Smartcar Connect: the state's hash, bound to the driver who asked, single use.</summary>
public sealed class OAuthState
{
    public Guid Id { get; set; }
    public required string StateHash { get; set; }
    public Guid DriverId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
}
