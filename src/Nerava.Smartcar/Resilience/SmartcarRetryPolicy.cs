using System.Net;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Internal;
using Polly.Timeout;

namespace Nerava.Smartcar.Resilience;

/// <summary>
/// Which failures the HTTP pipeline retries: 429 and 500/502/503/504 (not 501 COMPATIBILITY), plus transport failures and attempt
/// timeouts. A <c>Retry-After</c> longer than the cap is not waited out inside the call. POSTs that are not known to be safe
/// (commands, code exchange) are retried only on 429, which Smartcar answers before doing anything. A retry that would spend more
/// requests than the caller allowed (<see cref="Vehicles.VehicleAccess.MaxBillableRequests"/>) is not made: retries never bypass a
/// per-vehicle budget.
/// </summary>
public static class SmartcarRetryPolicy
{
    /// <summary>Decides whether one failed attempt is retried.</summary>
    public static bool ShouldRetry(HttpRequestMessage? request, HttpResponseMessage? response, Exception? exception, TimeSpan maxRetryAfter, DateTimeOffset now)
    {
        if (request is not null && request.Options.TryGetValue(AttemptCountingHandler.Key, out var meter) && !meter.CanAttemptAgain)
        {
            return false;
        }

        var safe = IsSafeToRepeat(request);
        if (response is not null)
        {
            var status = (int)response.StatusCode;
            if (status == (int)HttpStatusCode.TooManyRequests)
            {
                return RetryAfter(response, now) is not { } wait || wait <= maxRetryAfter;
            }

            if (status is 500 or 502 or 503 or 504)
            {
                return safe && (RetryAfter(response, now) is not { } wait || wait <= maxRetryAfter);
            }

            return false;
        }

        return safe && exception is HttpRequestException or TimeoutRejectedException;
    }

    /// <summary>The delay a response asks for, or null to use the pipeline's backoff.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response?.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta;
        }

        return header.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : RetryAfterParser.Parse(header.ToString(), now);
    }

    /// <summary>GET/HEAD/DELETE, batch reads and the client-credentials token call may be repeated after an unknown outcome.</summary>
    public static bool IsSafeToRepeat(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Delete)
        {
            return true;
        }

        var path = request.RequestUri?.AbsolutePath ?? "";
        return request.Method == HttpMethod.Post
            && (path.EndsWith("/batch", StringComparison.Ordinal) || path.EndsWith("/oauth2/token", StringComparison.Ordinal));
    }
}
