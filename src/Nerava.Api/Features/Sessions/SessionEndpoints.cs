using Nerava.Api.Features.Auth;

namespace Nerava.Api.Features.Sessions;

/// <summary>The driver's EV Arrival sessions, with the seed's paths.</summary>
public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/arrival").WithTags("Arrival").RequireAuthorization(Roles.DriverPolicy);
        group.MapPost("/create", CreateSession.HandleAsync);
        group.MapGet("/active", GetSession.ActiveAsync);
        group.MapGet("/{id:guid}", GetSession.ByIdAsync);
        group.MapGet("/{id:guid}/smartcar-status", GetSession.SmartcarStatusAsync);
        group.MapPut("/{id:guid}/order", BindOrder.HandleAsync);
        group.MapPut("/{id:guid}/stall", SetStall.HandleAsync);
        group.MapPost("/{id:guid}/queue-order", QueueOrder.QueueAsync);
        group.MapGet("/{id:guid}/queued-order", QueueOrder.GetAsync);
        group.MapPost("/{id:guid}/feedback", SubmitFeedback.HandleAsync);
        group.MapPost("/{id:guid}/cancel", CancelSession.HandleAsync);
        return group;
    }

    public static IServiceCollection AddSessionServices(this IServiceCollection services)
    {
        services.AddScoped<SessionStore>();
        services.AddScoped<SessionInserter>();
        services.AddScoped<SessionReadings>();
        services.AddSingleton(ReplyCodeDraw.Secure);
        services.AddScoped<IdempotencyStore>();
        services.AddSingleton<SessionLifetime>();
        services.AddScoped<ConfirmFulfilment>();
        services.AddScoped<PosLookup>();
        services.AddScoped<Data.PosCredentialVault>();
        services.AddOptions<PosOptions>().BindConfiguration(PosOptions.SectionName);
        services.AddHttpClient<SquareOrderSource>(c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient<ToastOrderSource>(c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddScoped<IPosOrderSource>(sp => sp.GetRequiredService<SquareOrderSource>());
        services.AddScoped<IPosOrderSource>(sp => sp.GetRequiredService<ToastOrderSource>());
        return services;
    }
}
