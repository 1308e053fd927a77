using Microsoft.Extensions.Options;
using Nerava.Api.Features.Notifications;
using Nerava.Api.Hosting;
using Nerava.Api.Hosting.Secrets;
using Twilio.Security;

namespace Nerava.Api.Features.MerchantReplies;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> with the official Twilio library's <see cref="RequestValidator"/> against the public
/// URL from configuration (<c>Twilio:WebhookUrl</c>; by default <c>{PublicBaseUrl}/v1/webhooks/twilio/sms</c>), never the
/// URL a proxy hands us. A missing or placeholder auth token verifies nothing: it is public.
/// </summary>
public sealed class TwilioRequestVerifier(IOptions<TwilioOptions> options, IConfiguration config)
{
    public const string SignatureHeader = "X-Twilio-Signature";
    public const string WebhookPath = "/v1/webhooks/twilio/sms";

    /// <summary>The URL Twilio signs: exactly as configured in Twilio's console.</summary>
    public string WebhookUrl => options.Value.WebhookUrl is { Length: > 0 } url ? url : PublicBaseUrl.Resolve(config) + WebhookPath;

    public bool Verify(HttpRequest request, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(form);
        var token = options.Value.AuthToken;
        var signature = request.Headers[SignatureHeader].ToString();
        if (SecretRules.IsMissingOrPlaceholder(token) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        // Twilio signs a repeated name once per value; the library would comma-join them and never match. SMS has none.
        if (form.Any(f => f.Value.Count > 1))
        {
            return false;
        }

        var parameters = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        return new RequestValidator(token).Validate(WebhookUrl, parameters, signature);
    }
}
