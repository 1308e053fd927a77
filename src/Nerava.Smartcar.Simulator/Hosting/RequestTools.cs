using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Nerava.Smartcar.Simulator.Hosting;

/// <summary>Small request-parsing helpers shared by the endpoint groups.</summary>
public static class RequestTools
{
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(header.Parameter)
                ? header.Parameter.Trim()
                : null;
    }

    /// <summary>Decodes <c>Authorization: Basic base64(user:password)</c>.</summary>
    public static (string User, string Password)? BasicCredentials(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter.Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Sub-paths of catch-all routes without leading or trailing slashes ("/battery/" → "battery").</summary>
    public static string NormalizePath(string? path) => (path ?? string.Empty).Trim('/');

    public static int? QueryInt(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return int.TryParse(request.Query[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
