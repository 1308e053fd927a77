using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace Nerava.Api.Features.Jobs;

/// <summary>
/// /hangfire is for operators only: an admin JWT, or HTTP Basic "admin" with Jobs:DashboardPassword. With no password
/// configured the dashboard is closed to everyone without an admin token. In the embedded default
/// (<paramref name="openToLocal"/>) a request from this machine itself is let in, as the dev outbox is.
/// </summary>
public sealed class DashboardAuthorization(string password, bool openToLocal = false) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.IsInRole("admin") || BasicMatches(http.Request.Headers.Authorization.ToString()) || (openToLocal && IsLocal(http)))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"Nerava jobs\"";
        return false;
    }

    /// <summary>Loopback on both ends and not forwarded by a proxy (which would make every visitor look local).</summary>
    private static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(remote)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For") && !http.Request.Headers.ContainsKey("Forwarded");

    private bool BasicMatches(string header)
    {
        if (string.IsNullOrEmpty(password) || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var presented = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())));
            return CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes($"admin:{password}"));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
