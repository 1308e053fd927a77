using System.Security;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.MerchantReplies;

/// <summary>
/// POST /v1/webhooks/twilio/sms — a merchant's SMS reply. Verify first (signature over URL and form, fixed-time),
/// then deduplicate Twilio's retries by MessageSid, then act; the answer is TwiML the merchant reads as a text.
/// </summary>
public static class TwilioSmsWebhook
{
    public static IEndpointRouteBuilder MapTwilioWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/webhooks/twilio/sms", HandleAsync).AllowAnonymous().DisableAntiforgery().WithTags("Webhooks");
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, NeravaDbContext db, ReplyHandler replies,
        TwilioRequestVerifier verifier, NeravaMetrics metrics, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            metrics.WebhookEvent("twilio", "malformed");
            return Problems.BadRequest(ErrorCodes.MalformedRequest, "Expected a form post from Twilio.");
        }

        var form = await http.Request.ReadFormAsync(ct);
        if (!verifier.Verify(http.Request, form))
        {
            logs.CreateLogger(nameof(TwilioSmsWebhook)).LogWarning("Rejected Twilio webhook with a bad signature");
            metrics.WebhookEvent("twilio", "bad_signature");
            return Problems.Create(403, ErrorCodes.InvalidSignature, "The request is not signed by Twilio.");
        }

        var eventId = form["MessageSid"].ToString() is { Length: > 0 } sid ? sid : http.Request.Headers["I-Twilio-Idempotency-Token"].ToString();
        var seen = string.IsNullOrEmpty(eventId)
            ? null
            : await db.ProcessedWebhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Source == WebhookSources.Twilio && w.EventId == eventId, ct);
        metrics.WebhookEvent("twilio", seen is null ? "accepted" : "duplicate");
        var answer = seen?.ResponseBody ?? await replies.HandleAsync(form["From"].ToString(), form["Body"].ToString(), ct);
        if (seen is null && !string.IsNullOrEmpty(eventId))
        {
            db.ChangeTracker.Clear();
            // False when a concurrent retry recorded it first; the reply is idempotent anyway.
            await db.RecordWebhookOnceAsync(WebhookSources.Twilio, eventId, answer, clock.GetUtcNow(), ct);
        }

        return Results.Content($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{SecurityElement.Escape(answer)}</Message></Response>",
            "text/xml; charset=utf-8");
    }
}
