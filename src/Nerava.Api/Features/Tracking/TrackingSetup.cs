using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Nerava.Api.Features.Tracking;

public static class TrackingSetup
{
    public static IServiceCollection AddNeravaTracking(this IServiceCollection services, bool runWorker)
    {
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IVehicleClockScale, RealVehicleClock>();
        services.AddSingleton<TrackingMetrics>();
        services.AddScoped<DuePollClaimer>();
        services.AddScoped<PollAdmission>();
        services.AddScoped<AnswerApplier>();
        services.AddScoped<AppBudget>();
        services.AddScoped<TrackingBatchStore>();
        services.AddScoped<BatchPoller>();
        services.AddScoped<PollPlanner>();
        services.AddScoped<TrackBatch>();
        services.AddScoped<PushReplanner>();
        services.AddScoped<IVehiclePoller, SmartcarVehiclePoller>();
        services.AddSingleton<TrackingWorker>();
        if (runWorker)
        {
            services.AddHostedService(sp => sp.GetRequiredService<TrackingWorker>());
        }

        return services;
    }
}
