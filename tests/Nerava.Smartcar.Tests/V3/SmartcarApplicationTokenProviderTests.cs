using System.Net;
using Microsoft.Extensions.Time.Testing;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.V3;

namespace Nerava.Smartcar.Tests.V3;

public sealed class SmartcarApplicationTokenProviderTests
{
    private readonly StubHttpHandler _handler = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    private SmartcarApplicationTokenProvider CreateProvider() =>
        new(() => _handler.CreateClient(), TestOptions.Wrap(TestOptions.Create()), _time);

    private static string TokenBody(string token) => $$"""{"access_token":"{{token}}","token_type":"Bearer","expires_in":3600}""";

    [Fact]
    public async Task Fetch_posts_client_credentials_form_without_basic_auth()
    {
        _handler.Respond(HttpStatusCode.OK, TokenBody("app-1"));
        using var provider = CreateProvider();

        var token = await provider.GetTokenAsync();

        var request = _handler.Single();
        Assert.Equal("app-1", token);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smartcar.test/oauth2/token", request.Uri.AbsoluteUri);
        Assert.Null(request.Header("Authorization"));
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("grant_type=client_credentials&client_id=test-client-id&client_secret=test-client-secret", request.Body);
        Assert.Equal(_time.GetUtcNow().AddHours(1), provider.Current?.ExpiresAt);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        var gate = new TaskCompletionSource();
        _handler.Respond(_ =>
        {
            gate.Task.Wait(TimeSpan.FromSeconds(10));
            return StubHttpHandler.Build(HttpStatusCode.OK, TokenBody("app-1"));
        });
        using var provider = CreateProvider();

        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await provider.GetTokenAsync())).ToList();
        await Task.Delay(100);
        gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, t => Assert.Equal("app-1", t));
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Token_is_reused_until_the_margin_then_renewed()
    {
        _handler.Respond(HttpStatusCode.OK, TokenBody("app-1")).Respond(HttpStatusCode.OK, TokenBody("app-2"));
        using var provider = CreateProvider();

        Assert.Equal("app-1", await provider.GetTokenAsync());
        _time.Advance(TimeSpan.FromMinutes(57));
        Assert.Equal("app-1", await provider.GetTokenAsync());
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal("app-2", await provider.GetTokenAsync());
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Invalidate_forces_a_new_fetch_only_for_the_current_token()
    {
        _handler.Respond(HttpStatusCode.OK, TokenBody("app-1")).Respond(HttpStatusCode.OK, TokenBody("app-2"));
        using var provider = CreateProvider();
        await provider.GetTokenAsync();

        provider.Invalidate("some-older-token");
        Assert.Equal("app-1", await provider.GetTokenAsync());
        provider.Invalidate("app-1");
        Assert.Equal("app-2", await provider.GetTokenAsync());
    }

    [Fact]
    public async Task Invalid_client_surfaces_as_oauth_error_and_is_not_cached()
    {
        _handler
            .Respond(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed"}""")
            .Respond(HttpStatusCode.OK, TokenBody("app-1"));
        using var provider = CreateProvider();

        var error = await Assert.ThrowsAsync<SmartcarException>(async () => await provider.GetTokenAsync());
        Assert.Equal(SmartcarErrorType.OAuth, error.ErrorType);
        Assert.Equal("invalid_client", error.Type);
        Assert.Equal("app-1", await provider.GetTokenAsync());
    }
}
