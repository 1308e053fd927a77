using Microsoft.AspNetCore.DataProtection;
using Nerava.Api.Data;
using Nerava.Api.Features.Tracking;
using Nerava.Smartcar;
using Nerava.Smartcar.Simulator;

namespace Nerava.Api.Features.Smartcar;

/// <summary>
/// Smartcar: the client, the Connect flow and, when <c>Smartcar:Mode</c> is Simulated (the embedded default), the
/// simulator mounted in-process at /smartcar-sim with this service registered as its application.
/// </summary>
public static class SmartcarSetup
{
    public const string SimulatorPrefix = "/smartcar-sim";
    // The in-process simulator's application: not a secret, it only opens the local simulator.
    private const string SimulatedClientId = "nerava-embedded";
    private const string SimulatedClientSecret = "simulated-secret-not-a-real-credential";
    private const string SimulatedWebhookSecret = "simulated-webhook-secret";

    public static bool IsSimulated(IConfiguration config) =>
        string.Equals(config["Smartcar:Mode"], nameof(SmartcarMode.Simulated), StringComparison.OrdinalIgnoreCase);

    public static WebApplicationBuilder AddNeravaSmartcar(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var baseUrl = (config["Smartcar:PublicBaseUrl"] is { Length: > 0 } configured ? configured : FirstListenUrl(config)).TrimEnd('/');
        builder.Services.AddOptions<SmartcarHostOptions>().BindConfiguration(SmartcarHostOptions.SectionName)
            .PostConfigure(o => o.PublicBaseUrl ??= baseUrl);
        builder.Services.AddDataProtection().SetApplicationName("nerava").PersistKeysToDbContext<NeravaDbContext>();
        builder.Services.AddSmartcarClient();
        builder.Services.PostConfigure<SmartcarOptions>(o => o.RedirectUri ??= $"{baseUrl}/v1/smartcar/callback");
        if (IsSimulated(config))
        {
            UseInProcessSimulator(builder.Services, config, baseUrl);
        }

        builder.Services.AddScoped<OAuthStateStore>();
        builder.Services.AddScoped<LinkVehicles>();
        builder.Services.AddScoped<TokenVault>();
        builder.Services.AddScoped<TokenRefresher>();
        return builder;
    }

    private static void UseInProcessSimulator(IServiceCollection services, IConfiguration config, string baseUrl)
    {
        var origin = $"{baseUrl}{SimulatorPrefix}";
        var redirect = $"{baseUrl}/v1/smartcar/callback";
        services.AddSmartcarSimulator(sim =>
        {
            config.GetSection(SimulatorOptions.SectionName).Bind(sim);
            var app = new SimulatedApplicationOptions
            {
                ClientId = SimulatedClientId,
                ClientSecret = SimulatedClientSecret,
                ManagementToken = SimulatedWebhookSecret,
                Name = "Nerava (embedded)",
            };
            app.RedirectUris.Add(redirect);
            sim.Applications.Add(app);
            DemoFleet.AddTo(sim, SimulatedClientId);
        });
        services.PostConfigure<SmartcarOptions>(o =>
        {
            (o.ClientId, o.ClientSecret, o.Mode, o.RedirectUri) = (SimulatedClientId, SimulatedClientSecret, SmartcarMode.Simulated, redirect);
            (o.ConnectOrigin, o.AuthOrigin, o.ApiOrigin, o.VehicleApiOrigin, o.IamOrigin, o.ManagementOrigin) =
                (origin, origin, origin, origin, origin, origin);
            o.ApplicationManagementToken = SimulatedWebhookSecret;
        });
        services.PostConfigure<SmartcarHostOptions>(o => o.WebhookSecret = SimulatedWebhookSecret);
        services.AddSingleton<IVehicleClockScale, SimulatedVehicleClock>();
    }

    private static string FirstListenUrl(IConfiguration config)
    {
        var first = (config["urls"] ?? config["Urls"] ?? "http://localhost:5080").Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        return first.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
    }

    public static WebApplication MapNeravaSmartcar(this WebApplication app)
    {
        app.MapSmartcarEndpoints();
        app.MapSmartcarWebhook();
        if (IsSimulated(app.Configuration))
        {
            app.MapSmartcarSimulator(SimulatorPrefix).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }
}
