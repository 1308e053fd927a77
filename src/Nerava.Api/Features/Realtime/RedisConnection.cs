using System.Globalization;

namespace Nerava.Api.Features.Realtime;

/// <summary>
/// Redis settings as StackExchange.Redis takes them. The seed's REDIS_URL is a URL
/// (<c>redis://[user][:password]@host[:port][/db]</c>, <c>rediss://</c> for TLS); a StackExchange configuration string
/// (<c>host:port,password=…</c>) is used as it is.
/// </summary>
public static class RedisConnection
{
    public static string ToConfiguration(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss"))
        {
            return value;
        }

        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{uri.Host}:{(uri.Port > 0 ? uri.Port : 6379)}") };
        var userInfo = Uri.UnescapeDataString(uri.UserInfo);
        if (userInfo.Length > 0)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            var (user, password) = colon < 0 ? ("", userInfo) : (userInfo[..colon], userInfo[(colon + 1)..]);
            if (user.Length > 0)
            {
                parts.Add($"user={user}");
            }

            if (password.Length > 0)
            {
                parts.Add($"password={password}");
            }
        }

        if (uri.Scheme == "rediss")
        {
            parts.Add("ssl=true");
        }

        if (int.TryParse(uri.AbsolutePath.Trim('/'), NumberStyles.None, CultureInfo.InvariantCulture, out var database))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"defaultDatabase={database}"));
        }

        return string.Join(',', parts);
    }
}
