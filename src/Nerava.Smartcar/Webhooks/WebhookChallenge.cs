using System.Text.Json;

namespace Nerava.Smartcar.Webhooks;

/// <summary>
/// Answer to a <c>VERIFY</c> event: HTTP 200, <c>Content-Type: application/json</c>,
/// body <c>{"challenge": hex(HMAC-SHA256(AMT, challenge))}</c>.
/// <para>Smartcar signs payloads with the same key, so answering any string turns the endpoint into a signing oracle:
/// send a forged event body as the "challenge" and the answer is its valid <c>SC-Signature</c>. Answer only challenges
/// that pass <see cref="IsWellFormed"/> (and only for your own webhook ids).</para>
/// </summary>
public static class WebhookChallenge
{
    /// <summary>The longest challenge answered; Smartcar's are short random tokens.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// True for a challenge-shaped string: 1–<see cref="MaxLength"/> characters from the token alphabet (letters, digits and
    /// <c>- _ . ~ + / = :</c>: hex, UUIDs, base64 and base64url). No braces, quotes or whitespace, so no JSON body is ever one.
    /// </summary>
    public static bool IsWellFormed(string? challenge) =>
        challenge is { Length: > 0 and <= MaxLength } && challenge.All(IsTokenChar);

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '+' or '/' or '=' or ':';

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
