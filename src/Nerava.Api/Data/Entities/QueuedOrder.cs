namespace Nerava.Api.Data.Entities;

/// <summary>An order intent kept until arrival, then released to the merchant's ordering URL.</summary>
public sealed class QueuedOrder
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    /// <summary>One of <see cref="QueuedOrderStatus"/>.</summary>
    public required string Status { get; set; }
    public string? OrderNumber { get; set; }
    public string? PayloadJson { get; set; }
    public required string OrderingUrl { get; set; }
    public required string ReleaseUrl { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}

/// <summary>Wire values of <see cref="QueuedOrder.Status"/>: queued until arrival releases it, or the session is canceled.</summary>
public static class QueuedOrderStatus
{
    public const string Queued = "queued";
    public const string Released = "released";
    public const string Canceled = "canceled";
}
