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

    /// <summary>
    /// The marker at the end of an exactly-once SMS body ("Ref K7Q2M9XA"): how the dispatcher recognises the message
    /// in Twilio's Messages list after a crash. Null for messages sent at least once (OTP codes, email).
    /// </summary>
    public string? Ref { get; set; }

    /// <summary>
    /// Start of the earliest attempt whose outcome is unknown (claimed, then crashed or timed out). Set when a row is
    /// claimed, cleared when the provider's answer is known; while set, the provider is asked before any re-send.
    /// </summary>
    public DateTimeOffset? UnconfirmedSince { get; set; }

    /// <summary>W3C traceparent of the change that queued the row, so its send continues that trace.</summary>
    public string? TraceParent { get; set; }
}

public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}

/// <summary>Wire values of <see cref="OutboxMessage.Kind"/>.</summary>
public static class OutboxKinds
{
    /// <summary>A driver's login code.</summary>
    public const string Otp = "otp";

    /// <summary>"Fire now": the driver arrived (or the charge target was reached).</summary>
    public const string KitchenFire = "kitchen_fire";

    /// <summary>The driver is about the merchant's prep time away.</summary>
    public const string HeadsUp = "heads_up";

    /// <summary>The driver's charge reaches its target in about the merchant's prep time.</summary>
    public const string ChargeHeadsUp = "charge_heads_up";

    /// <summary>The driver canceled after the kitchen was told to fire.</summary>
    public const string KitchenCancel = "kitchen_cancel";

    /// <summary>A driver's Smartcar grant died and needs a reconnect.</summary>
    public const string SmartcarReconnect = "smartcar_reconnect";
}
