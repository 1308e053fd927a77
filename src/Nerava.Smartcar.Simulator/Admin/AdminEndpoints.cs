namespace Nerava.Smartcar.Simulator.Admin;

/// <summary>
/// The simulator-only admin API under <c>admin/</c> (snake_case JSON, no authentication: never expose it beyond test hosts).
/// It plays the Smartcar Dashboard (applications, webhooks), the car owner (authorizations) and the physical world.
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdmin(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var admin = group.MapGroup("admin");
        admin.MapPost("applications", AdminApplicationHandlers.CreateAsync);
        admin.MapPut("applications/{clientId}", AdminApplicationHandlers.PutAsync);
        admin.MapGet("applications/{clientId}", AdminApplicationHandlers.GetAsync);

        admin.MapPost("vehicles", AdminVehicleHandlers.CreateAsync);
        admin.MapGet("vehicles", AdminVehicleHandlers.ListAsync);
        admin.MapGet("vehicles/{vehicleId}", AdminVehicleHandlers.GetAsync);
        admin.MapPatch("vehicles/{vehicleId}", AdminVehicleHandlers.PatchAsync);
        admin.MapPost("vehicles/{vehicleId}/trips", AdminVehicleHandlers.StartTripAsync);
        admin.MapGet("vehicles/{vehicleId}/route", AdminVehicleHandlers.GetRouteAsync);
        admin.MapPost("vehicles/{vehicleId}/charging", AdminVehicleHandlers.ChargingAsync);
        admin.MapPost("vehicles/{vehicleId}/errors", AdminVehicleHandlers.InjectErrorAsync);

        admin.MapPost("authorizations", AdminAuthorizationHandlers.CreateAsync);

        admin.MapPost("webhooks", AdminWebhookHandlers.CreateAsync);
        admin.MapGet("webhooks", AdminWebhookHandlers.ListAsync);
        admin.MapDelete("webhooks/{webhookId}", AdminWebhookHandlers.DeleteAsync);
        admin.MapPost("webhooks/evaluate", AdminWebhookHandlers.EvaluateAsync);
        admin.MapPost("webhooks/drain", AdminWebhookHandlers.DrainAsync);

        admin.MapGet("clock", AdminWorldHandlers.GetClockAsync);
        admin.MapPut("clock", AdminWorldHandlers.PutClockAsync);
        admin.MapGet("faults", AdminWorldHandlers.GetFaultsAsync);
        admin.MapPut("faults", AdminWorldHandlers.PutFaultsAsync);
        admin.MapGet("stats", AdminWorldHandlers.GetStatsAsync);
        admin.MapDelete("stats", AdminWorldHandlers.ResetStatsAsync);
    }
}
