using System.Threading.RateLimiting;

namespace Nerava.Api.Hosting;

/// <summary>The general per-client ceiling (section <c>RateLimiting</c>).</summary>
public sealed class ClientRateLimitOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Requests per client address per minute, on each instance.</summary>
    public int PermitsPerMinute { get; set; } = 600;
}

/// <summary>
/// ASP.NET Core's rate limiter as a general ceiling per client address (in memory, per instance; the limits on
/// guessable and costly actions — OTP, staff login — are shared through the database). Health probes, webhooks (signed
/// by their senders, which post from a few addresses) and the in-process Smartcar simulator are not counted.
/// </summary>
public static class ClientRateLimitSetup
{
    private static readonly string[] Exempt = ["/health", "/v1/webhooks", "/smartcar-sim"];

    public static IServiceCollection AddNeravaClientRateLimit(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection(ClientRateLimitOptions.SectionName).Get<ClientRateLimitOptions>() ?? new ClientRateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                Exempt.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : RateLimitPartition.GetFixedWindowLimiter(http.ClientAddress(), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, options.PermitsPerMinute),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            o.OnRejected = (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                return new ValueTask(Problems.TooManyRequests(context.HttpContext, ErrorCodes.RateLimited, "Too many requests from this client.", retry)
                    .ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }
}
