using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Notifications;
using Nerava.Api.Features.Sessions;

namespace Nerava.Api.Features.Arrival;

/// <summary>
/// The merchant messages a change carries, on the channels the merchant enabled. The door queues them in the outbox in
/// the change's transaction, one row per (session, kind, channel), so the kitchen is never texted twice for one event.
/// </summary>
public static class MerchantNotifier
{
    /// <summary>"Fire now" on every enabled channel (none when the merchant configured none).</summary>
    public static IReadOnlyList<SessionMessage> Fire(ArrivalSessionRow s, Merchant m, string? chargerName, bool afterCharge) =>
        OnEnabledChannels(m, OutboxKinds.KitchenFire, MerchantMessages.FireSms(s, chargerName, afterCharge),
            MerchantMessages.FireEmailSubject(s), MerchantMessages.FireEmailBody(s, chargerName, afterCharge));

    /// <summary>The order is off: on every enabled channel, like the "fire now" it takes back.</summary>
    public static IReadOnlyList<SessionMessage> Cancel(ArrivalSessionRow s, Merchant m) =>
        OnEnabledChannels(m, OutboxKinds.KitchenCancel, MerchantMessages.CancelSms(s), MerchantMessages.CancelEmailSubject(s),
            MerchantMessages.CancelEmailBody(s));

    /// <summary>A heads-up goes by SMS only: it is a nudge, not an instruction.</summary>
    public static IReadOnlyList<SessionMessage> HeadsUp(Merchant m, string kind, string body) =>
        m.NotifySms && !string.IsNullOrWhiteSpace(m.SmsPhone) ? [new SessionMessage(kind, NotificationChannel.Sms, m.SmsPhone, null, body)] : [];

    private static List<SessionMessage> OnEnabledChannels(Merchant m, string kind, string sms, string subject, string email)
    {
        var messages = new List<SessionMessage>();
        if (m.NotifySms && !string.IsNullOrWhiteSpace(m.SmsPhone))
        {
            messages.Add(new SessionMessage(kind, NotificationChannel.Sms, m.SmsPhone, null, sms));
        }

        if (m.NotifyEmail && !string.IsNullOrWhiteSpace(m.Email))
        {
            messages.Add(new SessionMessage(kind, NotificationChannel.Email, m.Email, subject, email));
        }

        return messages;
    }
}
