namespace Nerava.Api.Data.Entities;

/// <summary>What the dev notification sender "sent": kept so a newcomer can read OTPs and merchant SMS.</summary>
public sealed class DevOutboxEntry
{
    public Guid Id { get; set; }
    public required string Channel { get; set; }
    public required string To { get; set; }
    public string? Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
