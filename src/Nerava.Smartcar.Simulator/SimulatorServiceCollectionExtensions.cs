using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Nerava.Smartcar.Simulator.Connect;
using Nerava.Smartcar.Simulator.Vehicles;
using Nerava.Smartcar.Simulator.Webhooks;

namespace Nerava.Smartcar.Simulator;

public static class SimulatorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the simulator: options (section <see cref="SimulatorOptions.SectionName"/> plus <paramref name="configure"/>),
    /// the <see cref="SimulatorState"/> singleton, the webhook dispatcher and the named HttpClient "smartcar-sim-webhooks". Uses a
    /// <see cref="TimeProvider"/> registered by the host (e.g. a FakeTimeProvider in tests), else the system clock.
    /// </summary>
    public static IServiceCollection AddSmartcarSimulator(this IServiceCollection services, Action<SimulatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SimulatorState(sp.GetRequiredService<IOptions<SimulatorOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ApiGate(sp.GetRequiredService<SimulatorState>()));
        services.TryAddSingleton(sp => new ConsentTicketStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddHttpClient(WebhookSender.HttpClientName);
        return services;
    }
}
