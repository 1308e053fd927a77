using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace Nerava.Api.Features.Jobs;

/// <summary>
/// /hangfire is for operators only: an admin JWT, or HTTP Basic "admin" with Jobs:DashboardPassword. With no password
/// configured the dashboard is closed to everyone without an admin token.
/// </summary>
public sealed class DashboardAuthorization(string password) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.IsInRole("admin") || BasicMatches(http.Request.Headers.Authorization.ToString()))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"Nerava jobs\"";
        return false;
    }

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
