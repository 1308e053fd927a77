namespace Nerava.Api.Hosting;

/// <summary>
/// Accepts the seed's environment variable names (SMARTCAR_CLIENT_ID, REDIS_URL, ...) beside the
/// <c>Section__Key</c> names; the latter win when both are set.
/// </summary>
public static class SeedEnvironmentAliases
{
    private static readonly (string Env, string Key)[] Aliases =
    [
        ("SMARTCAR_CLIENT_ID", "Smartcar:ClientId"),
        ("SMARTCAR_CLIENT_SECRET", "Smartcar:ClientSecret"),
        ("SMARTCAR_REDIRECT_URI", "Smartcar:RedirectUri"),
        ("SMARTCAR_MODE", "Smartcar:Mode"),
        ("REDIS_URL", "Realtime:RedisConnection"),
        ("DATABASE_URL", "ConnectionStrings:Nerava"),
    ];

    public static IConfigurationBuilder AddSeedEnvironmentAliases(this IConfigurationBuilder builder,
        Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var values = new Dictionary<string, string?>();
        foreach (var (env, key) in Aliases)
        {
            var value = read(env);
            if (!string.IsNullOrEmpty(value) && string.IsNullOrEmpty(read(key.Replace(":", "__", StringComparison.Ordinal))))
            {
                values[key] = value;
            }
        }

        return builder.AddInMemoryCollection(values);
    }
}
