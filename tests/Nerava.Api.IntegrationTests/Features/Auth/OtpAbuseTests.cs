using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Auth;

/// <summary>OTP abuse: guessing races, SMS pumping to numbers we don't serve, send budgets, and forged client addresses.</summary>
public sealed class OtpAbuseTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Sixty_concurrent_wrong_guesses_get_at_most_the_limit_evaluated(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        var phone = NeravaApiFactory.NewPhone();
        var code = await api.RequestOtpAsync(phone);
        var wrong = code == "000000" ? "111111" : "000000";

        var responses = await Task.WhenAll(Enumerable.Range(0, 60)
            .Select(_ => api.CreateClient().PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code = wrong })));
        var right = await api.CreateClient().PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code });

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(55, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        await ProblemAssert.IsAsync(right, HttpStatusCode.TooManyRequests, "OTP_TOO_MANY_ATTEMPTS");
        Assert.Equal(5, await api.WithDbAsync(d => d.OtpCodes.Where(o => o.Phone == phone).Select(o => o.FailedAttempts).SingleAsync()));
    }

    [Theory]
    [InlineData(TestDatabase.Postgres, "+447700900123")] // UK (invalid drama range)
    [InlineData(TestDatabase.Sqlite, "+447400123456")] // UK mobile
    [InlineData(TestDatabase.Postgres, "+882123456789")] // international networks (satellite)
    [InlineData(TestDatabase.Sqlite, "+881612345678")] // Iridium satellite
    [InlineData(TestDatabase.Postgres, "+966501234567")] // Saudi mobile
    [InlineData(TestDatabase.Sqlite, "+966501234567")]
    [InlineData(TestDatabase.Postgres, "+19005550199")] // US premium rate
    [InlineData(TestDatabase.Sqlite, "+18005550199")] // US toll free
    [InlineData(TestDatabase.Sqlite, "+16135550123")] // Canada: +1 is not only the US
    [InlineData(TestDatabase.Postgres, "+15555555555")] // invalid US number
    public async Task Numbers_we_do_not_serve_are_refused_and_nothing_is_sent(TestDatabase db, string phone)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);

        var response = await api.CreateClient().PostAsJsonAsync("/v1/auth/otp/start", new { phone });

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "PHONE_NOT_SUPPORTED");
        Assert.Equal(0, await api.WithDbAsync(d => d.OtpCodes.CountAsync(o => o.Phone == phone)));
        Assert.Equal(0, await api.WithDbAsync(d => d.Outbox.CountAsync(m => m.To == phone)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Configured_regions_are_served(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db,
            new Dictionary<string, string?> { ["Auth:AllowedPhoneRegions:0"] = "US", ["Auth:AllowedPhoneRegions:1"] = "GB" });

        var uk = await api.CreateClient().PostAsJsonAsync("/v1/auth/otp/start", new { phone = "+447400123456" });
        var saudi = await api.CreateClient().PostAsJsonAsync("/v1/auth/otp/start", new { phone = "+966501234567" });

        Assert.Equal(HttpStatusCode.Accepted, uk.StatusCode);
        await ProblemAssert.IsAsync(saudi, HttpStatusCode.BadRequest, "PHONE_NOT_SUPPORTED");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Sixty_concurrent_sends_never_exceed_the_hourly_budget(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Auth:MaxCodesPerHour"] = "7" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ =>
            api.CreateClient().PostAsJsonAsync("/v1/auth/otp/start", new { phone = NeravaApiFactory.NewPhone() })));

        var sent = responses.Count(r => r.StatusCode == HttpStatusCode.Accepted);
        var other = responses.FirstOrDefault(r => r.StatusCode is not (HttpStatusCode.Accepted or HttpStatusCode.TooManyRequests));
        Assert.True(other is null, other is null ? "" : $"{(int)other.StatusCode}: {await other.Content.ReadAsStringAsync()}");
        Assert.InRange(sent, 1, 7);
        Assert.Equal(60 - sent, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests && r.Headers.RetryAfter is not null));
        Assert.Equal(sent, await api.WithDbAsync(d => d.OtpCodes.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task The_per_country_budget_holds_across_numbers(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?> { ["Auth:MaxCodesPerCountryPerHour"] = "2" });
        var client = api.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone = NeravaApiFactory.NewPhone() })).StatusCode);
        }

        var third = await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone = NeravaApiFactory.NewPhone() });

        await ProblemAssert.IsAsync(third, HttpStatusCode.TooManyRequests, "OTP_RATE_LIMITED");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task X_forwarded_for_counts_only_from_a_known_proxy(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
        {
            ["Auth:MaxCodesPerIpPerHour"] = "2",
            ["ForwardedHeaders:KnownProxies:0"] = "10.1.1.1",
        }, TestPeerAddress.AddTo);

        // From an unknown peer the header is ignored: all three requests are the peer's, and the third is over its budget.
        var fromStranger = new List<HttpResponseMessage>();
        foreach (var forwarded in new[] { "198.51.100.1", "198.51.100.2", "198.51.100.3" })
        {
            fromStranger.Add(await StartAsync(api, peer: "10.9.9.9", forwarded));
        }

        // Through our proxy each client has its own budget.
        var viaProxy = new List<HttpResponseMessage>();
        foreach (var forwarded in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.1" })
        {
            viaProxy.Add(await StartAsync(api, peer: "10.1.1.1", forwarded));
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], fromStranger.Select(r => r.StatusCode));
        Assert.All(viaProxy, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(2, await api.WithDbAsync(d => d.OtpCodes.CountAsync(o => o.ClientIp == "10.9.9.9")));
        Assert.Equal(2, await api.WithDbAsync(d => d.OtpCodes.CountAsync(o => o.ClientIp == "203.0.113.1")));
    }

    [Fact]
    public async Task The_general_per_client_ceiling_answers_429_problems_and_spares_health_probes()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite,
            new Dictionary<string, string?> { ["RateLimiting:PermitsPerMinute"] = "5" }, TestPeerAddress.AddTo);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(TestPeerAddress.Header, "192.0.2.7");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v1/chargers/{Demo.SanAntonioCharger}")).StatusCode);
        }

        var sixth = await client.GetAsync($"/v1/chargers/{Demo.SanAntonioCharger}");
        var other = api.CreateClient();
        other.DefaultRequestHeaders.Add(TestPeerAddress.Header, "192.0.2.8");

        await ProblemAssert.IsAsync(sixth, HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        Assert.NotNull(sixth.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/v1/chargers/{Demo.SanAntonioCharger}")).StatusCode);
    }

    private static async Task<HttpResponseMessage> StartAsync(NeravaApiFactory api, string peer, string forwarded)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/auth/otp/start") { Content = JsonContent.Create(new { phone = NeravaApiFactory.NewPhone() }) };
        request.Headers.Add(TestPeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-For", forwarded);
        return await api.CreateClient().SendAsync(request);
    }
}
