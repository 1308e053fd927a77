using Nerava.Api.Features.Realtime;
using StackExchange.Redis;

namespace Nerava.Api.Features.Auth.Limits;

/// <summary>
/// Login and OTP limits. Counted in the database (every instance shares it), or in Redis when one is configured
/// (Realtime:RedisConnection / REDIS_URL); <c>Auth:LimitStore</c> = <c>Database</c> or <c>Redis</c> overrides.
/// </summary>
public static class LimitsSetup
{
    private const string RedisKey = "limits";

    public static IServiceCollection AddNeravaLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<LoginLimitOptions>().BindConfiguration(LoginLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PhonePolicy>();
        services.AddScoped<StaffLoginLimiter>();

        var redis = config["Realtime:RedisConnection"];
        var useRedis = config["Auth:LimitStore"] is { Length: > 0 } store
            ? string.Equals(store, "Redis", StringComparison.OrdinalIgnoreCase)
            : !string.IsNullOrWhiteSpace(redis);
        if (useRedis)
        {
            if (string.IsNullOrWhiteSpace(redis))
            {
                throw new InvalidOperationException("Auth:LimitStore is Redis but Realtime:RedisConnection (or REDIS_URL) is not set.");
            }

            // A connection of its own (the SignalR backplane keeps its own), disposed with the host.
            services.AddKeyedSingleton<IConnectionMultiplexer>(RedisKey, (_, _) =>
            {
                var options = ConfigurationOptions.Parse(RedisConnection.ToConfiguration(redis));
                options.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(options);
            });
            // Auth:LimitKeyPrefix separates deployments that share one Redis.
            var name = config["Auth:LimitKeyPrefix"] is { Length: > 0 } prefix ? prefix : "nerava";
            services.AddSingleton<ILimitStore>(sp => new RedisLimitStore(sp.GetRequiredKeyedService<IConnectionMultiplexer>(RedisKey), name));
        }
        else
        {
            services.AddScoped<ILimitStore, DatabaseLimitStore>();
        }

        return services;
    }
}
