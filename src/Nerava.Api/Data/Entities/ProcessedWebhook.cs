namespace Nerava.Api.Data.Entities;

/// <summary>A webhook delivery already handled; the (source, event id) pair is unique so retries are no-ops.</summary>
public sealed class ProcessedWebhook
{
    public Guid Id { get; set; }
    public required string Source { get; set; }
    public required string EventId { get; set; }
    public string? ResponseBody { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>Wire values of <see cref="ProcessedWebhook.Source"/>.</summary>
public static class WebhookSources
{
    public const string Twilio = "twilio";
    public const string Smartcar = "smartcar";
}
