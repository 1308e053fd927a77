using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Notifications;

namespace Nerava.Api.Features.Arrival;

/// <summary>
/// Queues merchant messages in the caller's unit of work. Dedupe keys are one per (session, kind, channel), so even
/// a bug that fired twice could not text the kitchen twice: the unique index refuses the second row.
/// </summary>
public sealed class MerchantNotifier(OutboxWriter outbox)
{
    public const string KitchenFireKind = "kitchen_fire";
    public const string HeadsUpKind = "heads_up";
    public const string ChargeHeadsUpKind = "charge_heads_up";

    /// <summary>Queues the "fire now" message on every enabled channel; returns the channels used (empty: none configured).</summary>
    public IReadOnlyList<string> QueueFire(ArrivalSessionRow s, Merchant m, string? chargerName, bool afterCharge)
    {
        var channels = new List<string>();
        if (m.NotifySms && !string.IsNullOrWhiteSpace(m.SmsPhone))
        {
            outbox.Enqueue(Key(s, KitchenFireKind, NotificationChannel.Sms), s.Id, KitchenFireKind, NotificationChannel.Sms,
                m.SmsPhone, null, MerchantMessages.FireSms(s, chargerName, afterCharge));
            channels.Add(NotificationChannel.Sms);
        }

        if (m.NotifyEmail && !string.IsNullOrWhiteSpace(m.Email))
        {
            outbox.Enqueue(Key(s, KitchenFireKind, NotificationChannel.Email), s.Id, KitchenFireKind, NotificationChannel.Email,
                m.Email, MerchantMessages.FireEmailSubject(s), MerchantMessages.FireEmailBody(s, chargerName, afterCharge));
            channels.Add(NotificationChannel.Email);
        }

        return channels;
    }

    public void QueueHeadsUp(ArrivalSessionRow s, Merchant m, string kind, string body)
    {
        if (m.NotifySms && !string.IsNullOrWhiteSpace(m.SmsPhone))
        {
            outbox.Enqueue(Key(s, kind, NotificationChannel.Sms), s.Id, kind, NotificationChannel.Sms, m.SmsPhone, null, body);
        }
    }

    private static string Key(ArrivalSessionRow s, string kind, string channel) => $"session:{s.Id}:{kind}:{channel}";
}
