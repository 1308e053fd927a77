using System.Text.Json;
using Nerava.Api.Data;
using Nerava.Api.Features.Admin;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Auth;
using Nerava.Api.Features.Auth.Limits;
using Nerava.Api.Features.ClientConfig;
using Nerava.Api.Features.Demo;
using Nerava.Api.Features.Health;
using Nerava.Api.Features.Jobs;
using Nerava.Api.Features.MerchantReplies;
using Nerava.Api.Features.Notifications;
using Nerava.Api.Features.Ocpp;
using Nerava.Api.Features.Realtime;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Features.Smartcar;
using Nerava.Api.Features.Telemetry;
using Nerava.Api.Features.Tracking;
using Nerava.Api.Hosting.Secrets;

namespace Nerava.Api.Hosting;

/// <summary>Everything the host registers: one call per feature, each feature registering its own services in one place.</summary>
public static class NeravaServices
{
    public static WebApplicationBuilder AddNeravaServices(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddSeedEnvironmentAliases();
        builder.AddNeravaSecrets();
        var roles = RoleOptions.From(builder.Configuration);
        builder.Services.AddSingleton(roles);
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        builder.AddNeravaTelemetry();
        builder.Services.AddNeravaProblemDetails();
        builder.Services.AddNeravaClientAddress(builder.Configuration);
        builder.Services.AddNeravaClientRateLimit(builder.Configuration);
        builder.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<WebAppPath>(WebAppPath.ConstraintName));
        builder.Services.AddOptions<Guard.RequestLimitsOptions>().BindConfiguration(Guard.RequestLimitsOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOpenApi();
        builder.AddNeravaDatabase();
        builder.AddNeravaDataProtection();
        builder.Services.AddNeravaHealthChecks();
        builder.Services.AddNeravaAuth();
        builder.Services.AddNeravaLimits(builder.Configuration);
        builder.Services.AddNeravaAdmin();
        builder.Services.AddNeravaNotifications(builder.Configuration, roles.Worker);
        builder.Services.AddNeravaDemo();
        builder.Services.AddNeravaAnalytics();
        builder.Services.AddClientConfig();
        builder.Services.AddSessionServices();
        builder.Services.AddArrivalServices();
        builder.Services.AddMerchantReplies();
        builder.AddNeravaRealtime();
        builder.AddNeravaJobs(roles.Worker);
        builder.AddNeravaSmartcar();
        builder.Services.AddNeravaTracking(roles.Worker);
        builder.Services.AddNeravaOcpp();
        return builder;
    }
}
