using Microsoft.AspNetCore.Http;
using Nerava.Api.Features.Telemetry;

namespace Nerava.Api.IntegrationTests.Features.Telemetry;

public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("203.0.113.9", null, false)]
    [InlineData("10.0.0.5", null, false)]
    [InlineData("127.0.0.1", "198.51.100.7", false)]
    public void Only_direct_loopback_connections_may_scrape_by_default(string remote, string? forwardedFor, bool allowed)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(remote);
        if (forwardedFor is not null)
        {
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        Assert.Equal(allowed, MetricsAccess.IsAllowed(http, new TelemetryOptions()));
    }

    [Fact]
    public void A_remote_scraper_needs_the_exact_token_or_the_allow_remote_switch()
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("203.0.113.9");
        http.Request.Headers.Authorization = "Bearer s3cret-token";
        Assert.True(MetricsAccess.IsAllowed(http, new TelemetryOptions { MetricsToken = "s3cret-token" }));
        Assert.False(MetricsAccess.IsAllowed(http, new TelemetryOptions { MetricsToken = "s3cret-token-2" }));
        Assert.False(MetricsAccess.IsAllowed(http, new TelemetryOptions()));
        Assert.True(MetricsAccess.IsAllowed(new DefaultHttpContext { Connection = { RemoteIpAddress = System.Net.IPAddress.Parse("203.0.113.9") } },
            new TelemetryOptions { MetricsAllowRemote = true }));
    }
}
