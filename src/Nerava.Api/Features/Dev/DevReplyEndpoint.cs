using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Features.MerchantReplies;
using Nerava.Api.Features.Notifications;
using Nerava.Api.Hosting;
using Nerava.Api.Hosting.Secrets;

namespace Nerava.Api.Features.Dev;

/// <summary>
/// The form post Twilio would make for a merchant's reply, with the signature Twilio would compute. Fields are
/// [name, value] pairs: names must keep Twilio's casing, which JSON dictionary keys would not.
/// </summary>
public sealed record SignedReply(string Path, string Signature, IReadOnlyList<string[]> Fields);

/// <summary>
/// POST /dev/outbox/{id}/signed-reply: plays Twilio for the dev outbox's "Reply DONE" button. For a merchant SMS that
/// asks for "Reply DONE 4821", it returns the reply's form and its valid X-Twilio-Signature; the page posts both to the
/// real webhook, so the SMS path can be tried without the auth token ever leaving the server.
/// </summary>
public static partial class DevReplyEndpoint
{
    public static async Task<IResult> HandleAsync(Guid id, NeravaDbContext db, TwilioRequestVerifier verifier, IOptions<TwilioOptions> twilio,
        CancellationToken ct)
    {
        var entry = await db.DevOutbox.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.Channel == NotificationChannel.Sms, ct);
        if (entry is null || ReplyCode(entry.Body) is not { } code)
        {
            return Problems.NotFound(ErrorCodes.NotFound, "No merchant SMS asking for a DONE reply has that id.");
        }

        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = $"SM{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}",
            ["From"] = entry.To,
            ["Body"] = $"DONE {code}",
            ["NumMedia"] = "0",
        };
        if (!SecretRules.IsMissingOrPlaceholder(twilio.Value.FromNumber))
        {
            form["To"] = twilio.Value.FromNumber;
        }

        var signature = TwilioRequestSigner.Sign(twilio.Value.AuthToken, verifier.WebhookUrl, form);
        return TypedResults.Ok(new SignedReply(TwilioRequestVerifier.WebhookPath, signature, [.. form.Select(f => new[] { f.Key, f.Value })]));
    }

    /// <summary>The code a merchant SMS asks to reply with ("Reply DONE 4821"), or null.</summary>
    public static string? ReplyCode(string body) =>
        DoneCode().Match(body) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\bDONE (\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DoneCode();
}
