namespace Nerava.Api.Data.Entities;

/// <summary>An operator who may use /v1/admin. Created only by the <c>admin create</c> command.</summary>
public sealed class AdminAccount
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string PasswordHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
}
