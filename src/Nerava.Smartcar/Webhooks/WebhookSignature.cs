using System.Security.Cryptography;
using System.Text;

namespace Nerava.Smartcar.Webhooks;

/// <summary>
/// <c>SC-Signature</c>: hex HMAC-SHA256 of the <b>raw</b> request body keyed with the Application Management Token. Verify the bytes as
/// received, before any JSON parsing; the comparison takes fixed time.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "SC-Signature";

    /// <summary>Lower-case hex HMAC-SHA256 of <paramref name="rawBody"/>.</summary>
    public static string Compute(string secret, ReadOnlySpan<byte> rawBody)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), rawBody));
    }

    /// <summary>Same as <see cref="Compute(string, ReadOnlySpan{byte})"/> for a body held as a string (hashed as UTF-8).</summary>
    public static string Compute(string secret, string rawBody)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return Compute(secret, Encoding.UTF8.GetBytes(rawBody));
    }

    /// <summary>True when <paramref name="signatureHeader"/> is the hex HMAC of <paramref name="rawBody"/> (hex case ignored).</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> rawBody, string? signatureHeader)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return false;
        }

        byte[] provided;
        try
        {
            provided = Convert.FromHexString(signatureHeader.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), rawBody, expected);
        return CryptographicOperations.FixedTimeEquals(expected, provided);
    }

    /// <summary>Same as <see cref="Verify(string, ReadOnlySpan{byte}, string?)"/> for a body held as a string (hashed as UTF-8).</summary>
    public static bool Verify(string secret, string rawBody, string? signatureHeader)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return Verify(secret, Encoding.UTF8.GetBytes(rawBody), signatureHeader);
    }
}
