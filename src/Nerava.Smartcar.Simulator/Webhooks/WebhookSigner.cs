using System.Security.Cryptography;
using System.Text;

namespace Nerava.Smartcar.Simulator.Webhooks;

/// <summary>Smartcar's webhook HMAC: lowercase hex of HMAC-SHA256(key = secret/AMT, message), for challenges and raw bodies.</summary>
public static class WebhookSigner
{
    public static string Sign(string secret, string message) => Sign(secret, Encoding.UTF8.GetBytes(message));

    public static string Sign(string secret, byte[] message)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
