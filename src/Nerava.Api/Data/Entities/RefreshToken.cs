namespace Nerava.Api.Data.Entities;

/// <summary>A rotating refresh token (hash only) for a driver or a merchant staff member.</summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }
    public required string TokenHash { get; set; }
    public required string SubjectKind { get; set; }
    public Guid SubjectId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
