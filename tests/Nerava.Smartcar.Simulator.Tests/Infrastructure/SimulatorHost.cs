using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Nerava.Smartcar.Simulator.Tests.Infrastructure;

/// <summary>
/// The simulator on a real Kestrel socket (127.0.0.1, ephemeral port), driven over HTTP like an SDK would. Each test gets its
/// own host, so state never leaks between tests. Time is a <see cref="FakeTimeProvider"/> unless a test asks for the real clock.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    public const string ClientId = "test-client";
    public const string ClientSecret = "test-secret";
    public const string ManagementToken = "test-amt";
    public const string RedirectUri = "http://localhost:5173/callback";

    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, string prefix, FakeTimeProvider? time)
    {
        _app = app;
        Prefix = prefix;
        Time = time;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.TrimEnd('/') + prefix + "/");
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseUri };
    }

    public string Prefix { get; }

    public Uri BaseUri { get; }

    public HttpClient Http { get; }

    /// <summary>The fake clock, or null when the host runs on the system clock.</summary>
    public FakeTimeProvider? Time { get; }

    public FakeTimeProvider FakeTime => Time ?? throw new InvalidOperationException("This host runs on the system clock.");

    public SimulatorState State => _app.Services.GetRequiredService<SimulatorState>();

    /// <summary>
    /// Starts a host with one registered application (fixed credentials) and no application rate limit, unless
    /// <paramref name="configure"/> says otherwise.
    /// </summary>
    public static async Task<SimulatorHost> StartAsync(
        Action<SimulatorOptions>? configure = null, string prefix = "", bool fakeTime = true, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        FakeTimeProvider? time = null;
        if (fakeTime)
        {
            time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
            builder.Services.AddSingleton<TimeProvider>(time);
        }

        services?.Invoke(builder.Services);
        builder.Services.AddSmartcarSimulator(options =>
        {
            var app = new SimulatedApplicationOptions { ClientId = ClientId, ClientSecret = ClientSecret, ManagementToken = ManagementToken, Name = "Nerava Test" };
            app.RedirectUris.Add(RedirectUri);
            options.Applications.Add(app);
            options.AppRateLimitEnabled = false;
            configure?.Invoke(options);
        });
        var webApp = builder.Build();
        webApp.MapSmartcarSimulator(prefix);
        await webApp.StartAsync();
        return new SimulatorHost(webApp, prefix, time);
    }

    public async Task<string> CreateVehicleAsync(object? body = null)
    {
        using var response = await Http.PostAsJsonAsync("admin/vehicles", body ?? new { make = "TESLA", model = "Model 3", year = 2022, lat = 37.7749, lng = -122.4194, soc_percent = 55 });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["id"]!.GetValue<string>();
    }

    /// <summary>Admin authorization (what approving Connect does) followed by the real code exchange.</summary>
    public async Task<Tokens> ConnectAsync(IReadOnlyList<string> vehicleIds, string scope = "read_vehicle_info read_vin read_location read_odometer read_battery read_charge control_charge")
    {
        using var authorization = await Http.PostAsJsonAsync("admin/authorizations", new { client_id = ClientId, redirect_uri = RedirectUri, state = "s1", scope, vehicle_ids = vehicleIds });
        Assert.Equal(System.Net.HttpStatusCode.Created, authorization.StatusCode);
        var json = await ReadJsonAsync(authorization);
        using var token = await ExchangeCodeAsync(json["code"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.OK, token.StatusCode);
        var tokens = await ReadJsonAsync(token);
        return new Tokens(tokens["access_token"]!.GetValue<string>(), tokens["refresh_token"]!.GetValue<string>(), json["user_id"]!.GetValue<string>());
    }

    public Task<HttpResponseMessage> ExchangeCodeAsync(string code, string redirectUri = RedirectUri, string secret = ClientSecret) =>
        PostTokenAsync(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirectUri }, secret);

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        PostTokenAsync(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, ClientSecret);

    public Task<HttpResponseMessage> PostTokenAsync(Dictionary<string, string> form, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token") { Content = new FormUrlEncodedContent(form) };
        if (secret is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{secret}")));
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? accessToken, IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, string? accessToken, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Http.SendAsync(request);
    }

    public async Task<JsonObject> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var response = await SendJsonAsync(method, "admin/" + path, null, body);
        Assert.True(response.IsSuccessStatusCode, $"{method} admin/{path} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.StatusCode == System.Net.HttpStatusCode.NoContent ? [] : await ReadJsonAsync(response);
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)?.AsObject() ?? throw new JsonException("Empty body");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record Tokens(string AccessToken, string RefreshToken, string UserId);
