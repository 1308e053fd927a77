using System.Net.Http.Headers;

namespace Nerava.Api.IntegrationTests.Features.Auth;

public sealed class OtpLoginTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Code_from_sms_logs_the_driver_in_and_me_returns_the_phone(TestDatabase db)
    {
        var api = await fixture.For(db);
        var phone = NeravaApiFactory.NewPhone();
        var (client, tokens) = await api.LoginDriverAsync(phone);

        Assert.Equal("Bearer", tokens.token_type);
        Assert.True(tokens.expires_in > 0);
        var me = await client.GetFromJsonAsync<JsonElement>("/v1/me");
        Assert.Equal(phone, me.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("vehicle").ValueKind);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Wrong_code_is_401_with_error_code(TestDatabase db)
    {
        var api = await fixture.For(db);
        var phone = NeravaApiFactory.NewPhone();
        var code = await api.RequestOtpAsync(phone);
        var wrong = code == "000000" ? "111111" : "000000";

        var response = await api.CreateClient().PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code = wrong });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized, "OTP_INVALID");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Reused_code_is_401_otp_used(TestDatabase db)
    {
        var api = await fixture.For(db);
        var phone = NeravaApiFactory.NewPhone();
        var code = await api.RequestOtpAsync(phone);
        var client = api.CreateClient();
        (await client.PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code })).EnsureSuccessStatusCode();

        var again = await client.PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code });

        await ProblemAssert.IsAsync(again, HttpStatusCode.Unauthorized, "OTP_USED");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Expired_code_is_401_otp_expired(TestDatabase db)
    {
        var api = await fixture.For(db);
        var phone = NeravaApiFactory.NewPhone();
        var code = await api.RequestOtpAsync(phone);
        await api.WithDbAsync(async d =>
        {
            var otp = d.OtpCodes.Single(o => o.Phone == phone);
            otp.CreatedAt -= TimeSpan.FromMinutes(11);
            otp.ExpiresAt -= TimeSpan.FromMinutes(11);
            return await d.SaveChangesAsync();
        });

        var response = await api.CreateClient().PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized, "OTP_EXPIRED");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Five_wrong_tries_kill_the_code_with_429(TestDatabase db)
    {
        var api = await fixture.For(db);
        var phone = NeravaApiFactory.NewPhone();
        var code = await api.RequestOtpAsync(phone);
        var wrong = code == "000000" ? "111111" : "000000";
        var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code = wrong }), HttpStatusCode.Unauthorized, "OTP_INVALID");
        }

        var right = await client.PostAsJsonAsync("/v1/auth/otp/verify", new { phone, code });

        await ProblemAssert.IsAsync(right, HttpStatusCode.TooManyRequests, "OTP_TOO_MANY_ATTEMPTS");
        Assert.NotNull(right.Headers.RetryAfter);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Sixth_code_in_an_hour_is_429_with_retry_after(TestDatabase db)
    {
        var api = await fixture.For(db);
        var phone = NeravaApiFactory.NewPhone();
        var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone })).StatusCode);
        }

        var sixth = await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone });

        await ProblemAssert.IsAsync(sixth, HttpStatusCode.TooManyRequests, "OTP_RATE_LIMITED");
        Assert.InRange(sixth.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 59, 60.1);
    }

    [Theory]
    [InlineData("5125550100")]
    [InlineData("+0125550100")]
    [InlineData("+1 512 555 0100")]
    [InlineData("")]
    public async Task Malformed_phone_is_400_with_field_error(string phone)
    {
        var api = await fixture.For(TestDatabase.Sqlite);

        var response = await api.CreateClient().PostAsJsonAsync("/v1/auth/otp/start", new { phone });

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.True(problem.GetProperty("errors").TryGetProperty("phone", out _));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Refresh_rotates_and_the_old_refresh_token_dies(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (_, tokens) = await api.LoginDriverAsync();
        var client = api.CreateClient();

        var first = await client.PostAsJsonAsync("/v1/auth/refresh", new { tokens.refresh_token });
        first.EnsureSuccessStatusCode();
        var rotated = (await first.Content.ReadFromJsonAsync<TokenBody>())!;
        var replay = await client.PostAsJsonAsync("/v1/auth/refresh", new { tokens.refresh_token });

        Assert.NotEqual(tokens.refresh_token, rotated.refresh_token);
        await ProblemAssert.IsAsync(replay, HttpStatusCode.Unauthorized, "REFRESH_TOKEN_INVALID");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", rotated.access_token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/me")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Logout_revokes_the_refresh_token(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (client, tokens) = await api.LoginDriverAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/v1/auth/logout", new { tokens.refresh_token })).StatusCode);
        var refresh = await client.PostAsJsonAsync("/v1/auth/refresh", new { tokens.refresh_token });

        await ProblemAssert.IsAsync(refresh, HttpStatusCode.Unauthorized, "REFRESH_TOKEN_INVALID");
    }

    [Fact]
    public async Task Me_without_a_token_is_401_problem()
    {
        var api = await fixture.For(TestDatabase.Sqlite);

        var response = await api.CreateClient().GetAsync("/v1/me");

        await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }
}
