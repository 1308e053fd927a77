using System.Net;
using Nerava.Smartcar.Resilience;
using Polly.Timeout;

namespace Nerava.Smartcar.Tests.Resilience;

public sealed class SmartcarRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    private static HttpRequestMessage Get() => new(HttpMethod.Get, "https://smartcar.test/v2.0/vehicles/v1/location");

    private static HttpResponseMessage Status(int status, string? retryAfter = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(409, false)]
    [InlineData(430, false)]
    [InlineData(200, false)]
    public void Retries_only_rate_limits_and_transient_server_errors(int status, bool expected)
    {
        using var request = Get();
        using var response = Status(status);

        Assert.Equal(expected, SmartcarRetryPolicy.ShouldRetry(request, response, null, Cap, Now));
    }

    [Theory]
    [InlineData("5", true)]
    [InlineData("30", true)]
    [InlineData("120", false)]
    public void A_retry_after_beyond_the_cap_is_left_to_the_caller(string retryAfter, bool expected)
    {
        using var request = Get();
        using var response = Status(429, retryAfter);

        Assert.Equal(expected, SmartcarRetryPolicy.ShouldRetry(request, response, null, Cap, Now));
    }

    [Fact]
    public void Transport_failures_and_attempt_timeouts_are_retried_for_reads()
    {
        using var request = Get();

        Assert.True(SmartcarRetryPolicy.ShouldRetry(request, null, new HttpRequestException("reset"), Cap, Now));
        Assert.True(SmartcarRetryPolicy.ShouldRetry(request, null, new TimeoutRejectedException(), Cap, Now));
        Assert.False(SmartcarRetryPolicy.ShouldRetry(request, null, new InvalidOperationException(), Cap, Now));
    }

    [Theory]
    [InlineData("https://smartcar.test/v2.0/vehicles/v1/batch", true)]
    [InlineData("https://smartcar.test/oauth2/token", true)]
    [InlineData("https://smartcar.test/oauth/token", false)]
    [InlineData("https://smartcar.test/v2.0/vehicles/v1/charge", false)]
    public void Posts_are_repeated_after_unknown_outcomes_only_when_safe(string url, bool expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        using var serverError = Status(503);
        using var rateLimited = Status(429);

        Assert.Equal(expected, SmartcarRetryPolicy.ShouldRetry(request, serverError, null, Cap, Now));
        Assert.Equal(expected, SmartcarRetryPolicy.ShouldRetry(request, null, new HttpRequestException("reset"), Cap, Now));
        Assert.True(SmartcarRetryPolicy.ShouldRetry(request, rateLimited, null, Cap, Now));
    }

    [Fact]
    public void Retry_after_header_gives_the_delay_as_seconds_or_date()
    {
        using var seconds = Status(429, "7");
        using var date = Status(429, "Wed, 25 Nov 2026 10:00:12 GMT");
        using var none = Status(503);

        Assert.Equal(TimeSpan.FromSeconds(7), SmartcarRetryPolicy.RetryAfter(seconds, Now));
        Assert.Equal(TimeSpan.FromSeconds(12), SmartcarRetryPolicy.RetryAfter(date, Now));
        Assert.Null(SmartcarRetryPolicy.RetryAfter(none, Now));
    }
}
