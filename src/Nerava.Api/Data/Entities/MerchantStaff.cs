namespace Nerava.Api.Data.Entities;

/// <summary>A staff account bound to exactly one merchant.</summary>
public sealed class MerchantStaff
{
    public Guid Id { get; set; }
    public required string MerchantId { get; set; }
    public required string Email { get; set; }
    public required string Name { get; set; }
    public required string PasswordHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set by an admin: the account can no longer log in or use its tokens.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
