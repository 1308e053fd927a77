using System.Security.Cryptography;

namespace Nerava.Api.Features.Notifications;

public enum DeliveryGuarantee
{
    /// <summary>Retried until the provider accepts; a crash mid-send can deliver twice (OTP codes, email).</summary>
    AtLeastOnce,
    /// <summary>Before a re-send whose earlier attempt's outcome is unknown, the provider is asked whether it has the message.</summary>
    ExactlyOnce,
}

/// <summary>
/// The marker an exactly-once SMS carries: 8 Crockford base32 characters (40 random bits). GSM-7 only and no
/// brackets, which would cost two characters each.
/// </summary>
public static class MessageRef
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>The text the body ends with, as searched for in the provider's copy.</summary>
    public static string InBody(string marker) => $"Ref {marker}";
}
