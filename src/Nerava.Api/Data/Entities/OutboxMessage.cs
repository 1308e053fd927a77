namespace Nerava.Api.Data.Entities;

/// <summary>
/// A notification to send, written in the same transaction as the change that caused it.
/// <see cref="DedupeKey"/> is unique, so a race can never queue the same message twice.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public required string DedupeKey { get; set; }
    public Guid? SessionId { get; set; }
    public required string Kind { get; set; }
    public required string Channel { get; set; }
    public required string To { get; set; }
    public string? Subject { get; set; }
    public required string Body { get; set; }
    public string Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? ProviderMessageId { get; set; }
    public string? LastError { get; set; }
}

public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
