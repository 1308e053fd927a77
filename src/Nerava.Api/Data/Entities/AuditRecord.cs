namespace Nerava.Api.Data.Entities;

/// <summary>One admin change: who, what, when. Written in the same transaction as the change; never updated.</summary>
public sealed class AuditRecord
{
    public Guid Id { get; set; }
    public Guid ActorId { get; set; }
    public required string ActorEmail { get; set; }
    /// <summary>e.g. merchant.create, staff.invite, billing.status.</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    /// <summary>What changed, as JSON; secrets are never included.</summary>
    public string? Details { get; set; }
    public DateTimeOffset At { get; set; }
}
