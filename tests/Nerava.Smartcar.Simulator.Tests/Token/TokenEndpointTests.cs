using System.Net.Http.Json;

namespace Nerava.Smartcar.Simulator.Tests.Token;

public sealed class TokenEndpointTests
{
    [Fact]
    public async Task Code_exchange_returns_the_documented_token_shape()
    {
        await using var host = await SimulatorHost.StartAsync();
        var code = await IssueCodeAsync(host, await host.CreateVehicleAsync());

        using var response = await host.ExchangeCodeAsync(code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var json = await SimulatorHost.ReadJsonAsync(response);
        Assert.Equal("Bearer", json["token_type"]!.GetValue<string>());
        Assert.Equal(7200, json["expires_in"]!.GetValue<int>());
        Assert.True(Guid.TryParse(json["access_token"]!.GetValue<string>(), out _));
        Assert.True(Guid.TryParse(json["refresh_token"]!.GetValue<string>(), out _));
    }

    [Fact]
    public async Task A_code_is_single_use()
    {
        await using var host = await SimulatorHost.StartAsync();
        var code = await IssueCodeAsync(host, await host.CreateVehicleAsync());
        using var first = await host.ExchangeCodeAsync(code);

        using var second = await host.ExchangeCodeAsync(code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertOAuthErrorAsync(second, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        await using var host = await SimulatorHost.StartAsync();
        var code = await IssueCodeAsync(host, await host.CreateVehicleAsync());
        host.FakeTime.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        using var response = await host.ExchangeCodeAsync(code);

        await AssertOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task The_redirect_uri_must_match_the_one_used_in_connect()
    {
        await using var host = await SimulatorHost.StartAsync();
        var code = await IssueCodeAsync(host, await host.CreateVehicleAsync());

        using var response = await host.ExchangeCodeAsync(code, redirectUri: "http://localhost:8000/exchange");

        var json = await AssertOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
        Assert.Equal("Unauthorized redirect_uri: http://localhost:8000/exchange", json["error_description"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_client_secret_is_invalid_client_with_401()
    {
        await using var host = await SimulatorHost.StartAsync();
        var code = await IssueCodeAsync(host, await host.CreateVehicleAsync());

        using var response = await host.ExchangeCodeAsync(code, secret: "wrong");

        await AssertOAuthErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Client_credentials_are_also_accepted_in_the_form_body()
    {
        await using var host = await SimulatorHost.StartAsync();
        var code = await IssueCodeAsync(host, await host.CreateVehicleAsync());

        using var response = await host.PostTokenAsync(
            new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = SimulatorHost.RedirectUri,
                ["client_id"] = SimulatorHost.ClientId,
                ["client_secret"] = SimulatorHost.ClientSecret,
            },
            secret: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unsupported_grant_type_is_rejected()
    {
        await using var host = await SimulatorHost.StartAsync();

        using var response = await host.PostTokenAsync(new Dictionary<string, string> { ["grant_type"] = "password" }, SimulatorHost.ClientSecret);

        await AssertOAuthErrorAsync(response, HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Fact]
    public async Task Refresh_rotates_and_the_old_token_works_for_one_minute_after_first_use()
    {
        await using var host = await SimulatorHost.StartAsync();
        var tokens = await host.ConnectAsync([await host.CreateVehicleAsync()]);

        using var first = await host.RefreshAsync(tokens.RefreshToken);
        var rotated = (await SimulatorHost.ReadJsonAsync(first))["refresh_token"]!.GetValue<string>();
        host.FakeTime.Advance(TimeSpan.FromSeconds(59));
        using var withinGrace = await host.RefreshAsync(tokens.RefreshToken);
        host.FakeTime.Advance(TimeSpan.FromSeconds(2));
        using var afterGrace = await host.RefreshAsync(tokens.RefreshToken);
        using var newOne = await host.RefreshAsync(rotated);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(tokens.RefreshToken, rotated);
        Assert.Equal(HttpStatusCode.OK, withinGrace.StatusCode);
        await AssertOAuthErrorAsync(afterGrace, HttpStatusCode.BadRequest, "invalid_grant");
        Assert.Equal(HttpStatusCode.OK, newOne.StatusCode);
    }

    [Fact]
    public async Task Refreshed_access_token_reads_the_vehicle()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        using var refresh = await host.RefreshAsync(tokens.RefreshToken);
        var access = (await SimulatorHost.ReadJsonAsync(refresh))["access_token"]!.GetValue<string>();

        using var response = await host.GetAsync($"v2.0/vehicles/{vehicleId}/battery", access);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Access_tokens_expire_after_two_hours()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync();
        var tokens = await host.ConnectAsync([vehicleId]);
        host.FakeTime.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        using var before = await host.GetAsync($"v2.0/vehicles/{vehicleId}", tokens.AccessToken);
        host.FakeTime.Advance(TimeSpan.FromSeconds(2));

        using var after = await host.GetAsync($"v2.0/vehicles/{vehicleId}", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("AUTHENTICATION", (await SimulatorHost.ReadJsonAsync(after))["type"]!.GetValue<string>());
    }

    private static async Task<string> IssueCodeAsync(SimulatorHost host, string vehicleId)
    {
        using var response = await host.Http.PostAsJsonAsync(
            "admin/authorizations", new { client_id = SimulatorHost.ClientId, redirect_uri = SimulatorHost.RedirectUri, vehicle_ids = new[] { vehicleId } });
        var json = await SimulatorHost.ReadJsonAsync(response);
        Assert.Contains("code=", json["redirect_url"]!.GetValue<string>(), StringComparison.Ordinal);
        return json["code"]!.GetValue<string>();
    }

    private static async Task<JsonObject> AssertOAuthErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        Assert.Equal(status, response.StatusCode);
        var json = await SimulatorHost.ReadJsonAsync(response);
        Assert.Equal(error, json["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(json["error_description"]!.GetValue<string>()));
        return json;
    }
}
