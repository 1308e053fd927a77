namespace Nerava.Api.Hosting;

/// <summary>
/// Where the built web app is: ASPNETCORE_WEBROOT when set, else the repository's apps/web/dist found upward from
/// the working directory or the binary, else the default wwwroot (API only).
/// </summary>
public static class WebRoot
{
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("ASPNETCORE_WEBROOT") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var dist = Path.Combine(dir.FullName, "apps", "web", "dist");
                if (File.Exists(Path.Combine(dist, "index.html")))
                {
                    return dist;
                }
            }
        }

        return null;
    }
}
