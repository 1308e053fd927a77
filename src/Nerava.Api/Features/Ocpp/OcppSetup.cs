using Nerava.Ocpp.Connections;

namespace Nerava.Api.Features.Ocpp;

/// <summary>The OCPP 1.6-J central system's services and routes.</summary>
public static class OcppSetup
{
    public static IServiceCollection AddNeravaOcpp(this IServiceCollection services)
    {
        services.AddOptions<OcppOptions>().BindConfiguration(OcppOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OcppConnectionRegistry>();
        services.AddSingleton<CentralSystemHandler>();
        services.AddSingleton<OcppPresence>();
        services.AddSingleton<OcppCommandWakeup>();
        services.AddHostedService<OcppCommandPump>();
        services.AddScoped<ChargePointMessages>();
        services.AddScoped<ChargerTransactions>();
        services.AddScoped<ChargerStatuses>();
        services.AddScoped<ChargerSignals>();
        services.AddScoped<OcppCommands>();
        services.AddScoped<ChargePointRegistration>();
        return services;
    }

    public static IEndpointRouteBuilder MapNeravaOcpp(this IEndpointRouteBuilder app)
    {
        app.Map($"{OcppEndpoint.Path}/{{chargePointId}}", OcppEndpoint.HandleAsync).WithTags("OCPP").ExcludeFromDescription();
        app.MapPost("/v1/arrival/{id:guid}/start-charging", StartCharging.HandleAsync).WithTags("Arrival")
            .RequireAuthorization(Auth.Roles.DriverPolicy);
        app.MapGet("/v1/arrival/{id:guid}/stalls", SessionStalls.HandleAsync).WithTags("Arrival")
            .RequireAuthorization(Auth.Roles.DriverPolicy);
        app.MapPost("/v1/arrival/{id:guid}/claim-stall", ClaimStall.HandleAsync).WithTags("Arrival")
            .RequireAuthorization(Auth.Roles.DriverPolicy);
        return app;
    }
}
