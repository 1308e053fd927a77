using System.Text;

namespace Nerava.Ocpp.Security;

/// <summary>
/// HTTP Basic for OCPP security profiles 1 and 2 (SWP §2): username = the charge point identity, password = its
/// AuthorizationKey as raw bytes, which may contain ':' or be non-UTF-8 — so the known <c>"identity:"</c> prefix is
/// stripped from the decoded bytes instead of splitting on ':' (ocpp.md §2).
/// </summary>
public static class BasicCredentials
{
    /// <summary>The password bytes when <paramref name="authorization"/> is Basic for <paramref name="identity"/>; null otherwise.</summary>
    public static byte[]? PasswordFor(string? authorization, string identity)
    {
        const string scheme = "Basic ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length > 1024)
        {
            return null;
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(authorization[scheme.Length..].Trim());
        }
        catch (FormatException)
        {
            return null;
        }

        var prefix = Encoding.UTF8.GetBytes(identity + ":");
        return decoded.AsSpan().StartsWith(prefix) ? decoded[prefix.Length..] : null;
    }

    public static string Header(string identity, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{identity}:{password}"));
}
