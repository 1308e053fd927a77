namespace Nerava.Api.Features.Demo;

public static class DemoSetup
{
    /// <summary>The demo catalog seeder (run at start-up when Database:SeedDemoData is on).</summary>
    public static IServiceCollection AddNeravaDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoDataSeeder>();
        // The demo sites' simulated OCPP charge points (embedded default and Development only; see the class).
        services.AddSingleton<ChargePointSimulatorHost>();
        services.AddHostedService(s => s.GetRequiredService<ChargePointSimulatorHost>());
        return services;
    }
}
