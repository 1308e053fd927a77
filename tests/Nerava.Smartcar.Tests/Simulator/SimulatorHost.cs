using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nerava.Smartcar.Simulator;

namespace Nerava.Smartcar.Tests.Simulator;

/// <summary>
/// The simulator on Kestrel at 127.0.0.1 with an OS-chosen port, mounted under <see cref="Prefix"/>, plus helpers for its admin API
/// (snake_case JSON): what the Smartcar Dashboard and the car owner would do.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    public const string Prefix = "/sc";
    public const string RedirectUri = "https://app.test/smartcar/callback";

    private readonly WebApplication _app;
    private readonly HttpClient _admin;

    private SimulatorHost(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
        _admin = new HttpClient { BaseAddress = new Uri(origin + "/") };
    }

    /// <summary>Origin including the prefix, e.g. <c>http://127.0.0.1:5123/sc</c>: every Smartcar origin of the client points here.</summary>
    public string Origin { get; }

    public static async Task<SimulatorHost> StartAsync(Action<SimulatorOptions>? configure = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddSmartcarSimulator(configure);
        var app = builder.Build();
        app.MapSmartcarSimulator(Prefix);
        await app.StartAsync();
        return new SimulatorHost(app, app.Urls.First().TrimEnd('/') + Prefix);
    }

    /// <summary>Registers an application: (client_id, client_secret, management_token).</summary>
    public async Task<(string ClientId, string ClientSecret, string ManagementToken)> CreateApplicationAsync()
    {
        var body = await PostAsync("admin/applications", new JsonObject { ["redirect_uris"] = new JsonArray(RedirectUri) });
        return ((string)body["client_id"]!, (string)body["client_secret"]!, (string)body["management_token"]!);
    }

    /// <summary>Creates a parked vehicle and returns its id.</summary>
    public async Task<string> CreateVehicleAsync(string make, string model, int year, double lat, double lng, double socPercent)
    {
        var body = await PostAsync("admin/vehicles", new JsonObject
        {
            ["make"] = make,
            ["model"] = model,
            ["year"] = year,
            ["lat"] = lat,
            ["lng"] = lng,
            ["soc_percent"] = socPercent,
        });
        return (string)body["id"]!;
    }

    /// <summary>Approves Connect for the vehicles: (code, redirect_url, user_id).</summary>
    public async Task<(string Code, string RedirectUrl, string UserId)> AuthorizeAsync(string clientId, string state, string scope, params string[] vehicleIds)
    {
        var body = await PostAsync("admin/authorizations", new JsonObject
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = RedirectUri,
            ["state"] = state,
            ["scope"] = scope,
            ["vehicle_ids"] = new JsonArray([.. vehicleIds.Select(id => JsonValue.Create(id))]),
        });
        return ((string)body["code"]!, (string)body["redirect_url"]!, (string)body["user_id"]!);
    }

    /// <summary>Changes run-time faults and limits (<c>PUT admin/faults</c>).</summary>
    public async Task PutFaultsAsync(JsonObject faults)
    {
        using var response = await _admin.PutAsJsonAsync("admin/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<JsonNode> PostAsync(string path, JsonObject body)
    {
        using var response = await _admin.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
