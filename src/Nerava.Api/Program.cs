using Nerava.Api.Data;
using Nerava.Api.Features.Admin;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Auth;
using Nerava.Api.Features.Catalog;
using Nerava.Api.Features.ClientConfig;
using Nerava.Api.Features.Demo;
using Nerava.Api.Features.Dev;
using Nerava.Api.Features.Health;
using Nerava.Api.Features.Jobs;
using Nerava.Api.Features.MerchantConsole;
using Nerava.Api.Features.MerchantReplies;
using Nerava.Api.Features.Ocpp;
using Nerava.Api.Features.Realtime;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Features.Smartcar;
using Nerava.Api.Features.Telemetry;
using Nerava.Api.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot.Locate() });
builder.AddNeravaServices();

var app = builder.Build();
if (args.Contains("migrate"))
{
    return await app.MigrateAsync();
}

if (AdminCommand.Matches(args))
{
    await app.PrepareDatabaseAsync();
    return await AdminCommand.RunAsync(app.Services, args, Console.In, Console.IsInputRedirected, Console.Out, CancellationToken.None);
}

app.UseNeravaPipeline();
app.MapNeravaTelemetry();
app.MapHealthEndpoints();
app.MapAuthEndpoints();
app.MapMeEndpoints();
app.MapMerchantAuthEndpoints();
app.MapCatalogEndpoints();
app.MapSessionEndpoints();
app.MapArrivalEndpoints();
app.MapMerchantConsoleEndpoints();
app.MapAdminEndpoints();
app.MapTwilioWebhook();
app.MapNeravaSmartcar();
app.MapNeravaOcpp();
app.MapHub<SessionHub>(SessionHub.Path);
app.MapClientConfigEndpoints(localCollector: app.DevRoutesEnabled());
if (app.DevRoutesEnabled())
{
    app.MapDevOutboxEndpoints();
    app.MapDevOcppEndpoints();
    app.MapLocalCollectorEndpoints();
    if (SmartcarSetup.IsSimulated(app.Configuration))
    {
        app.MapDemoDriveEndpoints();
        app.MapDemoChargeEndpoint();
    }
}

app.MapWebAppFallback();

await app.PrepareDatabaseAsync();
app.UseNeravaJobs();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
