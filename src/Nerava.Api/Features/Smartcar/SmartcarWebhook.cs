using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Hosting;
using Nerava.Api.Hosting.Secrets;
using Nerava.Smartcar.Webhooks;

namespace Nerava.Api.Features.Smartcar;

/// <summary>
/// POST /v1/webhooks/smartcar: answer VERIFY (ours only, see <see cref="WebhookVerification"/>), verify SC-Signature over
/// the raw body (fixed-time), deduplicate by event id, then hand each vehicle state of a car connected to us to the
/// arrival policy as a Signal — the same path as a poll. Data older than Tracking:MaxDataAgeMinutes is recorded, never evidence.
/// </summary>
public static class SmartcarWebhook
{
    public static IEndpointRouteBuilder MapSmartcarWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/webhooks/smartcar", HandleAsync).AllowAnonymous().WithTags("Webhooks");
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, NeravaDbContext db, SignalProcessor signals,
        Tracking.PushReplanner replanner, IOptions<SmartcarHostOptions> options, IOptions<Tracking.TrackingOptions> tracking,
        NeravaMetrics metrics, TimeProvider clock, ILogger<SmartcarWebhookLog> logger, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var raw = buffer.ToArray();
        var secret = options.Value.WebhookSecret;
        WebhookEvent evt;
        try
        {
            evt = WebhookEventParser.Parse(raw);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            metrics.WebhookEvent("smartcar", "malformed");
            return Problems.BadRequest(ErrorCodes.MalformedRequest, "Not a Smartcar webhook payload.");
        }

        if (evt.EventType == WebhookEventType.Verify)
        {
            var answer = WebhookVerification.Answer(evt, options.Value, logger);
            metrics.WebhookEvent("smartcar", answer is IStatusCodeHttpResult { StatusCode: >= 400 } ? "verify_refused" : "verify");
            return answer;
        }

        // A missing or placeholder secret verifies nothing: it is public.
        if (SecretRules.IsMissingOrPlaceholder(secret) || !WebhookSignature.Verify(secret, raw, http.Request.Headers[WebhookSignature.HeaderName]))
        {
            logger.LogWarning("Rejected Smartcar webhook with a bad signature");
            metrics.WebhookEvent("smartcar", "bad_signature");
            return Problems.Unauthorized(ErrorCodes.InvalidSignature, "The payload is not signed by Smartcar.");
        }

        if (evt.EventId is { } eventId && !await db.RecordWebhookOnceAsync(WebhookSources.Smartcar, eventId, null, clock.GetUtcNow(), ct))
        {
            metrics.WebhookEvent("smartcar", "duplicate");
            return Results.Ok(new { status = "duplicate" });
        }

        if (evt.EventType == WebhookEventType.VehicleState && evt.VehicleId is { } vehicleId)
        {
            // Only cars connected to us, and only their connected drivers' sessions: a revoked connection ends the data.
            var drivers = await db.SmartcarConnections.Where(c => c.VehicleId == vehicleId && c.Status == ConnectionStatus.Active).Select(c => c.DriverId).ToListAsync(ct);
            if (drivers.Count == 0)
            {
                logger.LogInformation("Ignored Smartcar event {EventId}: the vehicle has no active connection", evt.EventId);
                return Results.Ok(new { status = "ignored" });
            }

            var now = clock.GetUtcNow();
            var signal = VehicleSignals.FromWebhook(evt.Signals, now, tracking.Value.MaxDataAge);
            if (signal.Stale)
            {
                logger.LogInformation("Smartcar event {EventId} carries data older than {MaxAge}: recorded, not arrival evidence", evt.EventId,
                    tracking.Value.MaxDataAge);
            }

            var sessions = await db.Sessions.WhereActive()
                .Where(s => s.SmartcarEnabled && s.SmartcarVehicleId == vehicleId && drivers.Contains(s.DriverId)).ToListAsync(ct);
            foreach (var session in sessions)
            {
                var result = await signals.ProcessAsync(session, signal, null, ct);
                // A fresh push stands in for a poll: the tracker's next plan starts from here.
                await replanner.ReplanAsync(session, result.Outcome, ct);
            }
        }

        metrics.WebhookEvent("smartcar", "accepted");
        return Results.Ok(new { status = "accepted" });
    }
}

/// <summary>Log category for the Smartcar webhook.</summary>
public sealed class SmartcarWebhookLog;
