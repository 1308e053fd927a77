using System.Security.Cryptography;
using System.Text;

namespace Nerava.Api.Features.MerchantReplies;

/// <summary>
/// Twilio's X-Twilio-Signature: base64 HMAC-SHA1 (key: the auth token) over the full URL followed by every POST
/// parameter sorted by name as name+value. Pure, so Twilio's published vectors test it directly.
/// </summary>
public static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    public static bool Verify(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form, string? header) =>
        !string.IsNullOrEmpty(header) && !string.IsNullOrEmpty(authToken)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(authToken, url, form)), Encoding.ASCII.GetBytes(header));
}
