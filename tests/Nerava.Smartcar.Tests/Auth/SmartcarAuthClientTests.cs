using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Tests.Infrastructure;

namespace Nerava.Smartcar.Tests.Auth;

public sealed class SmartcarAuthClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly StubHttpHandler _handler = new();
    private readonly FakeTimeProvider _time = new(Now);

    private SmartcarAuthClient CreateClient() => new(_handler.CreateClient(), TestOptions.Wrap(TestOptions.Create()), _time);

    private static string ExpectedBasic => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("test-client-id:test-client-secret"));

    [Fact]
    public async Task Exchange_code_posts_form_with_basic_auth_and_computes_expiries()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v2/token-response.json"));

        var tokens = await CreateClient().ExchangeCodeAsync("code-1");

        var request = _handler.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smartcar.test/oauth/token", request.Uri.AbsoluteUri);
        Assert.Equal(ExpectedBasic, request.Header("Authorization"));
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("grant_type=authorization_code&code=code-1&redirect_uri=https%3A%2F%2Fapp.test%2Fcallback", request.Body);
        Assert.Contains("application/json", request.Header("Accept"), StringComparison.Ordinal);

        Assert.Equal("cf7ba7e9-8c5d-417d-a99f-c386cfc235cc", tokens.AccessToken);
        Assert.Equal("58b128ba-8e44-11ee-b9d1-0242ac120002", tokens.RefreshToken);
        Assert.Equal(Now.AddHours(2), tokens.ExpiresAt);
        Assert.Equal(Now.AddDays(60), tokens.RefreshExpiresAt);
    }

    [Fact]
    public async Task Refresh_posts_refresh_grant_and_returns_the_rotated_pair()
    {
        _time.Advance(TimeSpan.FromMinutes(90));
        _handler.Respond(HttpStatusCode.OK, """{"access_token":"at-2","token_type":"Bearer","expires_in":7200,"refresh_token":"rt-2"}""");

        var tokens = await CreateClient().ExchangeRefreshTokenAsync("rt-1");

        var request = _handler.Single();
        Assert.Equal("grant_type=refresh_token&refresh_token=rt-1", request.Body);
        Assert.Equal(ExpectedBasic, request.Header("Authorization"));
        Assert.Equal(new TokenSet("at-2", "rt-2", Now.AddMinutes(90).AddHours(2), Now.AddMinutes(90).AddDays(60)), tokens);
    }

    [Fact]
    public async Task Flags_are_sent_as_a_query_string_on_the_token_call()
    {
        _handler.Respond(HttpStatusCode.OK, Fixture.Read("v2/token-response.json"));

        await CreateClient().ExchangeCodeAsync("c", "https://app.test/other", [new("country", "DE")]);

        var request = _handler.Single();
        Assert.Equal("?flags=country%3ADE", request.Uri.Query);
        Assert.EndsWith("redirect_uri=https%3A%2F%2Fapp.test%2Fother", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_grant_becomes_an_oauth_exception_that_requires_reauthentication()
    {
        _handler.Respond(HttpStatusCode.BadRequest, Fixture.Read("errors/oauth-invalid-grant.json"), ("SC-Request-Id", "req-9"));

        var error = await Assert.ThrowsAsync<SmartcarException>(() => CreateClient().ExchangeRefreshTokenAsync("dead"));

        Assert.Equal(SmartcarErrorType.OAuth, error.ErrorType);
        Assert.Equal("invalid_grant", error.Type);
        Assert.Equal("Unauthorized redirect_uri: http://localhost:8000/exchange", error.Description);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("req-9", error.RequestId);
        Assert.True(error.RequiresReauthentication);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task A_token_body_without_refresh_token_is_rejected()
    {
        _handler.Respond(HttpStatusCode.OK, """{"access_token":"at","token_type":"Bearer","expires_in":7200}""");

        var error = await Assert.ThrowsAsync<SmartcarException>(() => CreateClient().ExchangeCodeAsync("c"));

        Assert.Equal(SmartcarErrorType.Sdk, error.ErrorType);
    }

    [Fact]
    public void Access_expiry_check_uses_the_margin()
    {
        var tokens = new TokenSet("a", "r", Now.AddMinutes(10), Now.AddDays(60));

        Assert.False(tokens.AccessExpiresWithin(Now, TimeSpan.FromMinutes(5)));
        Assert.True(tokens.AccessExpiresWithin(Now, TimeSpan.FromMinutes(10)));
    }
}
