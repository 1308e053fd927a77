using Nerava.Api.Features.Auth;
using Nerava.Api.Features.Notifications;

namespace Nerava.Api.Features.Arrival;

/// <summary>Arrival signals from the driver, and the merchant's confirmation after arrival.</summary>
public static class ArrivalEndpoints
{
    public static IEndpointRouteBuilder MapArrivalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/arrival/{id:guid}/confirm-arrival", CheckIn.HandleAsync).WithTags("Arrival").RequireAuthorization(Roles.DriverPolicy);
        app.MapPost("/v1/arrival/{id:guid}/trigger-arrival", TriggerArrival.HandleAsync).WithTags("Arrival").RequireAuthorization(Roles.DriverPolicy);
        app.MapPost("/v1/arrival/{id:guid}/merchant-confirm", MerchantConfirm.HandleAsync).WithTags("Arrival")
            .RequireAuthorization(Roles.MerchantPolicy);
        return app;
    }

    public static IServiceCollection AddArrivalServices(this IServiceCollection services)
    {
        services.AddScoped<SignalProcessor>();
        services.AddScoped<IOutboxDeliveryObserver, MerchantNotifiedObserver>();
        return services;
    }
}
