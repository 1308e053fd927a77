using System.ComponentModel.DataAnnotations;

namespace Nerava.Api.Features.Notifications;

public enum DeliveryMode
{
    /// <summary>Store every message in the dev outbox (embedded default).</summary>
    DevOutbox,
    /// <summary>Send SMS through Twilio and email over SMTP.</summary>
    Live,
}

public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    public DeliveryMode Channel { get; set; } = DeliveryMode.DevOutbox;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long after an attempt whose outcome is unknown a look-up that finds nothing still waits (re-asking every
    /// <see cref="ReconcileRecheck"/>) before sending again: the provider's list can lag behind its accepting a message.
    /// </summary>
    public TimeSpan ReconcileSettle { get; set; } = TimeSpan.FromSeconds(60);
    public TimeSpan ReconcileRecheck { get; set; } = TimeSpan.FromSeconds(10);
}

public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    /// <summary>Overridable so tests can point at a local fake that speaks Twilio's REST API.</summary>
    public string BaseUrl { get; set; } = "https://api.twilio.com";
    public string AccountSid { get; set; } = "";
    public string AuthToken { get; set; } = "";
    public string FromNumber { get; set; } = "";
    /// <summary>Messages-list pages (of <see cref="LookupPageSize"/>) read before a re-send; newest first.</summary>
    public int LookupPages { get; set; } = 3;
    public int LookupPageSize { get; set; } = 50;
    /// <summary>The public URL Twilio posts merchant replies to; the signature is computed over it.</summary>
    public string? WebhookUrl { get; set; }
}

public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public bool UseStartTls { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Nerava <arrivals@nerava.example>";
}
