using Nerava.Api.Features.Tracking;
using Nerava.Api.Hosting;
using Nerava.Api.Hosting.Secrets;
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
    // The in-process simulator's application. Its secret and management token (which signs its webhooks) are made on
    // first run and kept in the data folder, like every embedded secret; the ids are not secrets.
    private const string SimulatedClientId = "nerava-embedded";

    /// <summary>The simulator's webhook id; configured as one of ours so its VERIFY is answered.</summary>
    public const string SimulatedWebhookId = "9b0f3e52-6c1d-4f7e-8a29-5d4c3b2a1e0f";

    public static bool IsSimulated(IConfiguration config) =>
        string.Equals(config["Smartcar:Mode"], nameof(SmartcarMode.Simulated), StringComparison.OrdinalIgnoreCase);

    public static WebApplicationBuilder AddNeravaSmartcar(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var baseUrl = PublicBaseUrl.Resolve(config);
        builder.Services.AddOptions<SmartcarHostOptions>().BindConfiguration(SmartcarHostOptions.SectionName)
            .PostConfigure(o => o.PublicBaseUrl ??= baseUrl);
        builder.Services.AddSmartcarClient();
        builder.Services.PostConfigure<SmartcarOptions>(o => o.RedirectUri ??= $"{baseUrl}/v1/smartcar/callback");
        if (IsSimulated(config))
        {
            UseInProcessSimulator(builder.Services, config, baseUrl, LocalSecrets.For(config, builder.Environment));
        }

        builder.Services.AddScoped<OAuthStateStore>();
        builder.Services.AddScoped<LinkVehicles>();
        builder.Services.AddScoped<TrackingResumption>();
        builder.Services.AddScoped<TokenVault>();
        builder.Services.AddScoped<TokenRefresher>();
        return builder;
    }

    private static void UseInProcessSimulator(IServiceCollection services, IConfiguration config, string baseUrl, LocalSecrets secrets)
    {
        var clientSecret = secrets.GetOrCreate("smartcar-simulator-client.secret");
        var managementToken = secrets.GetOrCreate("smartcar-simulator-management-token.secret");
        var origin = $"{baseUrl}{SimulatorPrefix}";
        var redirect = $"{baseUrl}/v1/smartcar/callback";
        services.AddSmartcarSimulator(sim =>
        {
            config.GetSection(SimulatorOptions.SectionName).Bind(sim);
            var app = new SimulatedApplicationOptions
            {
                ClientId = SimulatedClientId,
                ClientSecret = clientSecret,
                ManagementToken = managementToken,
                Name = "Nerava (embedded)",
                WebhookId = SimulatedWebhookId,
            };
            app.RedirectUris.Add(redirect);
            sim.Applications.Add(app);
            DemoFleet.AddTo(sim, SimulatedClientId);
        });
        services.PostConfigure<SmartcarOptions>(o =>
        {
            (o.ClientId, o.ClientSecret, o.Mode, o.RedirectUri) = (SimulatedClientId, clientSecret, SmartcarMode.Simulated, redirect);
            (o.ConnectOrigin, o.AuthOrigin, o.ApiOrigin, o.VehicleApiOrigin, o.IamOrigin, o.ManagementOrigin) =
                (origin, origin, origin, origin, origin, origin);
            o.ApplicationManagementToken = managementToken;
        });
        services.PostConfigure<SmartcarHostOptions>(o =>
        {
            o.WebhookSecret = managementToken;
            o.WebhookIds = [.. o.WebhookIds.Append(SimulatedWebhookId).Distinct(StringComparer.Ordinal)];
        });
        services.AddSingleton<IVehicleClockScale, SimulatedVehicleClock>();
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
