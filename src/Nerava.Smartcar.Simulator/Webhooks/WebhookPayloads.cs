using Nerava.Smartcar.Simulator.Hosting;
using Nerava.Smartcar.Simulator.V3;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Webhooks;

/// <summary>Webhook bodies in the current (meta.version "4.0") format from smartcar.com/docs/api-reference/webhooks.</summary>
public static class WebhookPayloads
{
    public static object Verify(SimWebhook webhook, string challenge, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(webhook);

        // The docs' VERIFY example shows deliveredAt as an ISO string (the VEHICLE_STATE example uses epoch ms).
        return new
        {
            eventId = Guid.NewGuid().ToString(),
            eventType = "VERIFY",
            data = new { challenge },
            meta = new { version = "4.0", webhookId = webhook.Id, webhookName = webhook.Name, deliveryId = Guid.NewGuid().ToString(), deliveredAt = WireJson.IsoTimestamp(now) },
        };
    }

    /// <summary>
    /// A VEHICLE_STATE event with every signal the connection may read; <paramref name="triggers"/> lists the changed signal
    /// codes, or is empty for the first delivery after subscribing.
    /// </summary>
    public static object VehicleState(
        SimWebhook webhook, string eventId, SimVehicle vehicle, VehicleSnapshot snapshot, string userId, IReadOnlyList<string> permissions,
        IReadOnlyList<string> triggers, DateTimeOffset recordedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        ArgumentNullException.ThrowIfNull(vehicle);
        ArgumentNullException.ThrowIfNull(triggers);
        var signals = SignalCatalog.All
            .Where(s => permissions.Contains(s.Permission, StringComparer.Ordinal))
            .Select(s => new
            {
                code = s.Code,
                name = s.Name,
                group = s.Group,
                body = s.Body(vehicle, snapshot),
                meta = new { retrievedAt = now.ToUnixTimeMilliseconds(), oemUpdatedAt = recordedAt.ToUnixTimeMilliseconds() },
            })
            .ToArray();
        object[] triggerObjects = triggers.Count == 0
            ? [new { type = "FIRST_DELIVERY" }]
            : [.. triggers.Select(code => new { type = "SIGNAL_UPDATED", signal = new { code } })];
        return new
        {
            eventId,
            eventType = "VEHICLE_STATE",
            vehicleId = vehicle.Id,
            data = new
            {
                vehicle = new { id = vehicle.Id, make = vehicle.Make, model = vehicle.Model, year = vehicle.Year, vin = vehicle.Vin },
                signals,
                user = new { id = userId },
            },
            triggers = triggerObjects,
            meta = new
            {
                version = "4.0",
                webhookId = webhook.Id,
                webhookName = webhook.Name,
                deliveryId = Guid.NewGuid().ToString(),
                deliveredAt = now.ToUnixTimeMilliseconds(),
                signalCount = signals.Length,
                mode = "SIMULATED",
            },
        };
    }
}
