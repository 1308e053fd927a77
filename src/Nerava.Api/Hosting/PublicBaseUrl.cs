namespace Nerava.Api.Hosting;

/// <summary>
/// Where this service is reachable from outside: <c>Smartcar:PublicBaseUrl</c> when set, else the first address the
/// server listens on (--urls). Callback URLs and the URLs webhook signatures cover derive from it.
/// </summary>
public static class PublicBaseUrl
{
    public static string Resolve(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var url = config["Smartcar:PublicBaseUrl"] is { Length: > 0 } configured ? configured : FirstListenUrl(config);
        return url.TrimEnd('/');
    }

    private static string FirstListenUrl(IConfiguration config)
    {
        var first = (config["urls"] ?? config["Urls"] ?? "http://localhost:5080").Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        return first.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
    }
}
