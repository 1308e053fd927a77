namespace Nerava.Api.Features.Notifications;

public static class NotificationChannel
{
    public const string Sms = "sms";
    public const string Email = "email";
}
