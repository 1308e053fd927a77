using Nerava.Api.Hosting;
using Nerava.Smartcar.Webhooks;

namespace Nerava.Api.Features.Smartcar;

/// <summary>
/// Answers Smartcar's VERIFY only for one of our webhook ids and only for a challenge-shaped string. Smartcar signs
/// payloads with the key that answers challenges, so an open VERIFY would sign any forged event sent as a "challenge".
/// </summary>
public static class WebhookVerification
{
    public static IResult Answer(WebhookEvent evt, SmartcarHostOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(options);
        if (evt.Meta.WebhookId is not { } id || !options.WebhookIds.Contains(id, StringComparer.Ordinal))
        {
            logger.LogWarning("Refused a Smartcar VERIFY for a webhook id that is not ours");
            return Problems.BadRequest(ErrorCodes.UnknownWebhook, "Not one of our webhooks.",
                "Add the webhook's id to Smartcar:WebhookIds to activate it.");
        }

        if (!WebhookChallenge.IsWellFormed(evt.Challenge))
        {
            logger.LogWarning("Refused a Smartcar VERIFY whose challenge is not a challenge token");
            return Problems.BadRequest(ErrorCodes.InvalidChallenge, "The challenge is not a challenge token.");
        }

        return Results.Json(new { challenge = WebhookChallenge.Respond(options.WebhookSecret, evt.Challenge!) });
    }
}
