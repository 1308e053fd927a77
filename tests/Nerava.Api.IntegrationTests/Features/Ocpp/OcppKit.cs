using System.Net.WebSockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Ocpp.Security;
using Nerava.Ocpp.Simulator;

namespace Nerava.Api.IntegrationTests.Features.Ocpp;

/// <summary>OCPP intents for tests: a fresh merchant-hosted site, registered charge points, and real WebSocket clients.</summary>
public static class OcppKit
{
    public const double SiteLat = 29.43271, SiteLng = -98.48452;

    /// <summary>A new site linked to the demo staff merchant, so sessions at it are alone there (plug-in matching is per site).</summary>
    public static async Task<string> NewSiteAsync(this NeravaApiFactory api)
    {
        var id = $"it-site-{Guid.NewGuid():N}"[..20];
        await api.WithDbAsync(async db =>
        {
            db.Chargers.Add(new Charger { Id = id, Name = "Test Site EV Parking", Network = "Merchant-hosted (OCPP)", Lat = SiteLat, Lng = SiteLng, Address = "Test", Stalls = 4, MaxKw = 62 });
            db.MerchantChargers.Add(new MerchantCharger { MerchantId = Demo.StaffMerchant, ChargerId = id, WalkM = 25 });
            return await db.SaveChangesAsync();
        });
        // Written behind the admin API, which would evict the merchant's cached links itself.
        api.Services.GetRequiredService<CatalogCache>().EvictLinks(Demo.StaffMerchant);
        return id;
    }

    public static async Task<JsonElement> RegisterChargePointAsync(this NeravaApiFactory api, string chargerId, int connectors = 2)
    {
        using var client = api.CreateClient();
        var response = await client.PostAsJsonAsync("/dev/ocpp/charge-points", new { charger_id = chargerId, connectors });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Opens WebSockets: a <see cref="ClientWebSocket"/> over TCP when the API is on a loopback port, else through the
    /// in-process server (real WebSocket framing and upgrade, no network port).
    /// </summary>
    public static WebSocketConnector Connector(this NeravaApiFactory api) => api.LoopbackAddress is not null
        ? TcpConnector
        : async (url, authorization, subprotocol, ct) =>
        {
            var client = api.Server.CreateWebSocketClient();
            if (subprotocol.Length > 0)
            {
                client.SubProtocols.Add(subprotocol);
            }

            client.ConfigureRequest = r => r.Headers.Authorization = authorization;
            return await client.ConnectAsync(url, ct);
        };

    /// <summary>A real <see cref="ClientWebSocket"/> (the simulator's), keeping the upgrade's status for refused connects.</summary>
    private static readonly WebSocketConnector TcpConnector = async (url, authorization, subprotocol, ct) =>
    {
        var socket = new ClientWebSocket();
        if (subprotocol.Length > 0)
        {
            socket.Options.AddSubProtocol(subprotocol);
        }

        socket.Options.SetRequestHeader("Authorization", authorization);
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(url, ct);
            return socket;
        }
        catch (WebSocketException ex)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            throw new UpgradeRefusedException(status, ex);
        }
    };

    /// <summary>ws://localhost/ocpp in-process, ws://127.0.0.1:port/ocpp on a loopback port.</summary>
    public static Uri Endpoint(this NeravaApiFactory api) =>
        new(api.LoopbackAddress is { } http ? $"ws://{http.Authority}/ocpp" : "ws://localhost/ocpp");

    public static async Task<SimulatedChargePoint> ConnectChargePointAsync(this NeravaApiFactory api, JsonElement registered, bool boot = true,
        bool autoCharge = false, double startSoc = 35)
    {
        var point = new SimulatedChargePoint(new ChargePointOptions
        {
            Endpoint = api.Endpoint(),
            Identity = registered.GetProperty("charge_point_id").GetString()!,
            Password = registered.GetProperty("authorization_key").GetString()!,
            Connectors = registered.GetProperty("stalls").GetArrayLength(),
            AutoCharge = autoCharge,
            StartSocPercent = startSoc,
            Tick = TimeSpan.FromMilliseconds(100),
            CallTimeout = TimeSpan.FromSeconds(20),
        }, api.Connector());
        await point.ConnectAsync(CancellationToken.None);
        if (boot)
        {
            await point.BootAsync(CancellationToken.None);
        }

        return point;
    }

    /// <summary>A raw OCPP socket, for frames no well-behaved client would send.</summary>
    public static async Task<WebSocket> RawSocketAsync(this NeravaApiFactory api, string id, string key, string subprotocol = "ocpp1.6") =>
        await api.Connector()(new Uri($"{api.Endpoint()}/{id}"), BasicCredentials.Header(id, key), subprotocol, CancellationToken.None);

    public static async Task<string> ExchangeAsync(this WebSocket socket, string frame)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        var read = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, read.Count);
    }

    /// <summary>A session of a fresh driver at <paramref name="chargerId"/>, order bound (awaiting arrival).</summary>
    public static async Task<(HttpClient Driver, string SessionId)> SessionAtAsync(this NeravaApiFactory api, string chargerId, object? extra = null)
    {
        var (driver, _) = await api.LoginDriverAsync();
        await driver.PutAsJsonAsync("/v1/me/vehicle", new { color = "Blue", model = "Hyundai Ioniq 5" });
        var body = new Dictionary<string, object?>
        {
            ["merchant_id"] = Demo.StaffMerchant,
            ["charger_id"] = chargerId,
            ["arrival_type"] = "ev_curbside",
            ["fulfillment_type"] = "walk_in",
            ["lat"] = Demo.DallasLat,
            ["lng"] = Demo.DallasLng,
        };
        foreach (var (k, v) in JsonSerializer.SerializeToElement(extra ?? new { }).EnumerateObject().Select(p => (p.Name, (object?)p.Value)))
        {
            body[k] = v;
        }

        var response = await driver.PostCreateAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
        (await driver.BindOrderAsync(id, $"O-{Guid.NewGuid():N}"[..10])).EnsureSuccessStatusCode();
        return (driver, id);
    }

    public static Task<ArrivalSessionRow> SessionRowAsync(this NeravaApiFactory api, string id) =>
        api.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));

    /// <summary>Polls until <paramref name="done"/> holds for the session row.</summary>
    public static async Task<ArrivalSessionRow> WaitForSessionAsync(this NeravaApiFactory api, string id, Func<ArrivalSessionRow, bool> done,
        string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var row = await api.SessionRowAsync(id);
            if (done(row))
            {
                return row;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Session {id} never reached: {what} (status {row.Status}, charging {row.ChargingStatus}).");
            await Task.Delay(100);
        }
    }
}

/// <summary>A WebSocket upgrade the server answered with <see cref="Status"/> instead of 101.</summary>
public sealed class UpgradeRefusedException(HttpStatusCode status, Exception inner)
    : Exception($"The server answered the upgrade with {(int)status}.", inner)
{
    public HttpStatusCode Status => status;
}
