using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Internal;
using Nerava.Smartcar.Management;
using Nerava.Smartcar.Resilience;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Vehicles;
using Polly;

namespace Nerava.Smartcar;

/// <summary>Registers the Smartcar client: validated options, typed HttpClients with resilience, and <see cref="IVehicleDataClient"/>.</summary>
public static class SmartcarServiceCollectionExtensions
{
    /// <summary>Named client used by <see cref="SmartcarApplicationTokenProvider"/>.</summary>
    public const string IamHttpClientName = "Nerava.Smartcar.Iam";

    /// <summary>Binds the <c>Smartcar</c> section of the app configuration.</summary>
    public static IServiceCollection AddSmartcarClient(this IServiceCollection services) =>
        services.AddSmartcarClient(builder => builder.BindConfiguration(SmartcarOptions.SectionName));

    /// <summary>Configures the options in code.</summary>
    public static IServiceCollection AddSmartcarClient(this IServiceCollection services, Action<SmartcarOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddSmartcarClient(builder => builder.Configure(configure));
    }

    /// <summary>Binds the options from <paramref name="section"/> (e.g. <c>configuration.GetSection("Smartcar")</c>).</summary>
    public static IServiceCollection AddSmartcarClient(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddSmartcarClient(builder => builder.Bind(section));
    }

    private static IServiceCollection AddSmartcarClient(this IServiceCollection services, Action<OptionsBuilder<SmartcarOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        bind(services.AddOptions<SmartcarOptions>());
        services.AddOptions<SmartcarOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmartcarOptions>, SmartcarOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        AddPipeline(services.AddHttpClient<SmartcarAuthClient>(ConfigureClient), "smartcar-auth", AuthPipeline);
        AddPipeline(services.AddHttpClient<SmartcarVehicleClient>(ConfigureClient), "smartcar-v2", VehiclePipeline);
        AddPipeline(services.AddHttpClient<SmartcarV3Client>(ConfigureClient), "smartcar-v3", VehiclePipeline);
        AddPipeline(services.AddHttpClient<SmartcarManagementClient>(ConfigureClient), "smartcar-management", AuthPipeline);
        AddPipeline(services.AddHttpClient(IamHttpClientName, ConfigureClient), "smartcar-iam", AuthPipeline);

        services.TryAddSingleton<ISmartcarApplicationTokenProvider>(sp => new SmartcarApplicationTokenProvider(
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(IamHttpClientName),
            sp.GetRequiredService<IOptions<SmartcarOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<V2VehicleDataClient>();
        services.TryAddTransient<V3VehicleDataClient>();
        services.TryAddTransient<IVehicleDataClient>(sp =>
            sp.GetRequiredService<IOptions<SmartcarOptions>>().Value.ApiVersion == "2.0"
                ? sp.GetRequiredService<V2VehicleDataClient>()
                : sp.GetRequiredService<V3VehicleDataClient>());
        return services;
    }

    private static void AddPipeline(
        IHttpClientBuilder builder,
        string name,
        Action<ResiliencePipelineBuilder<HttpResponseMessage>, ResilienceHandlerContext> configure)
    {
        // Outer: total timeout, retry, attempt timeout. Inner: one count per attempt, for request budgets; then HTTP/2 where
        // the server offers it, several connections when one's streams are full: tens of thousands of reads wait 3–45 s at
        // once, and HTTP/1.1 would need a socket for each.
        builder.AddResilienceHandler(name, configure);
        builder.AddHttpMessageHandler(() => new AttemptCountingHandler());
        builder.AddHttpMessageHandler(() => new PreferHttp2Handler());
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        // The resilience pipeline owns timeouts; HttpClient's own 100 s default would cut Smartcar's 300 s answers short.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", services.GetRequiredService<IOptions<SmartcarOptions>>().Value.UserAgent);
    }

    private static void VehiclePipeline(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<SmartcarOptions>>().Value;
        SmartcarResilience.Configure(builder, options, context.ServiceProvider.GetRequiredService<TimeProvider>(), options.Timeout);
    }

    private static void AuthPipeline(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<SmartcarOptions>>().Value;
        SmartcarResilience.Configure(builder, options, context.ServiceProvider.GetRequiredService<TimeProvider>(), options.AuthTimeout);
    }
}
