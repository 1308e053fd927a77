namespace Nerava.Api.Data.Entities;

/// <summary>An order intent kept until arrival, then released to the merchant's ordering URL.</summary>
public sealed class QueuedOrder
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public required string Status { get; set; }
    public string? OrderNumber { get; set; }
    public string? PayloadJson { get; set; }
    public required string OrderingUrl { get; set; }
    public required string ReleaseUrl { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}
