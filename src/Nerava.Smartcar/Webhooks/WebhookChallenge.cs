using System.Text.Json;

namespace Nerava.Smartcar.Webhooks;

/// <summary>
/// Answer to a <c>VERIFY</c> event: HTTP 200, <c>Content-Type: application/json</c>,
/// body <c>{"challenge": hex(HMAC-SHA256(AMT, challenge))}</c>.
/// </summary>
public static class WebhookChallenge
{
    /// <summary>The hex HMAC of <paramref name="challenge"/> keyed with <paramref name="secret"/> (the AMT).</summary>
    public static string Respond(string secret, string challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        return WebhookSignature.Compute(secret, challenge);
    }

    /// <summary>The JSON body to return: <c>{"challenge":"…"}</c>.</summary>
    public static string ResponseBody(string secret, string challenge) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["challenge"] = Respond(secret, challenge) });
}
