using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Features.Notifications.Senders;

namespace Nerava.Api.Features.Notifications;

public static class NotificationServices
{
    public static IServiceCollection AddNeravaNotifications(this IServiceCollection services, IConfiguration config, bool runDispatcher)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName);
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<OutboxWriter>();

        var mode = config.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>()?.Channel ?? DeliveryMode.DevOutbox;
        if (mode == DeliveryMode.Live)
        {
            services.AddHttpClient<TwilioSmsSender>(c => c.Timeout = TimeSpan.FromSeconds(30));
            services.AddScoped<INotificationSender>(sp => sp.GetRequiredService<TwilioSmsSender>());
            services.AddScoped<INotificationSender, SmtpEmailSender>();
        }
        else
        {
            services.AddScoped<INotificationSender>(sp => new DevOutboxSender(
                sp.GetRequiredService<NeravaDbContext>(), sp.GetRequiredService<TimeProvider>(), NotificationChannel.Sms));
            services.AddScoped<INotificationSender>(sp => new DevOutboxSender(
                sp.GetRequiredService<NeravaDbContext>(), sp.GetRequiredService<TimeProvider>(), NotificationChannel.Email));
        }

        services.AddSingleton<OutboxDispatcher>();
        if (runDispatcher)
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        }
        return services;
    }

    public static bool IsDevOutbox(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<NotificationOptions>>().Value.Channel == DeliveryMode.DevOutbox;
}
