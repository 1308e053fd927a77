using System.ComponentModel.DataAnnotations;

namespace Nerava.Api.Hosting.Guard;

/// <summary>
/// How large a request body may be, per route: small everywhere (every body is a short JSON object or form), larger for
/// Smartcar's webhook (many signals). One table so the limits are visible in one place and documented in docs/API.md.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Any route not listed in <see cref="BodyLimits.ByRoute"/>.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long DefaultBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Deeper JSON is refused before binding (System.Text.Json's own ceiling is 64).</summary>
    [Range(4, 64)]
    public int MaxJsonDepth { get; set; } = 32;
}

public static class BodyLimits
{
    public const long SmartcarWebhook = 512 * 1024;
    public const long TwilioWebhook = 32 * 1024;
    public const long QueueOrder = 16 * 1024;

    /// <summary>Route patterns (as mapped) with a limit other than the default.</summary>
    public static readonly IReadOnlyDictionary<string, long> ByRoute = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["/v1/webhooks/smartcar"] = SmartcarWebhook,
        ["/v1/webhooks/twilio/sms"] = TwilioWebhook,
        ["/v1/arrival/{id:guid}/queue-order"] = QueueOrder,
    };

    public static long For(Endpoint? endpoint, RequestLimitsOptions options) =>
        endpoint is RouteEndpoint { RoutePattern.RawText: { } pattern } && ByRoute.TryGetValue(pattern, out var limit)
            ? limit
            : options.DefaultBodyBytes;
}
