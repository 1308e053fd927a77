namespace Nerava.Api.Data.Entities;

/// <summary>A one-time link that lets a staff member set a password (invite or reset). Only the token's hash is stored.</summary>
public sealed class StaffInvite
{
    public Guid Id { get; set; }
    public Guid StaffId { get; set; }
    public required string TokenHash { get; set; }
    /// <summary>invite or reset.</summary>
    public required string Purpose { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
