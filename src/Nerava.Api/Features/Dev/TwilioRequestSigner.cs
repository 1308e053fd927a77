using System.Security.Cryptography;
using System.Text;

namespace Nerava.Api.Features.Dev;

/// <summary>
/// Signs a form post the way Twilio does (base64 HMAC-SHA1, keyed with the auth token, of the URL followed by each
/// parameter sorted by name as name+value), so the dev outbox can post a real, verifiable merchant reply. Verification
/// itself uses the official library (TwilioRequestVerifier); this only plays Twilio.
/// </summary>
public static class TwilioRequestSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}
