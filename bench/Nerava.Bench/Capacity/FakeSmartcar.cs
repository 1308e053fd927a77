using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using static System.FormattableString;

namespace Nerava.Bench.Capacity;

/// <summary>
/// The capacity run's Smartcar, in a process of its own on loopback (HTTP/2 cleartext): v3 signals (and the v2.0 endpoints), the
/// token endpoints, Smartcar's documented latency (3–45 s uniform, 2 % of answers 45–300 s), 2 % 502s, and the fleet's cars
/// moving on the wall clock. <c>GET /stats</c> reports requests served and the most open at once.
/// </summary>
internal static class FakeSmartcarHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var port = int.Parse(Arg(args, "--port") ?? "0", CultureInfo.InvariantCulture);
        var fleet = Fleet.Read(Arg(args, "--fleet") ?? throw new ArgumentException("--fleet FILE is required"));
        var seed = int.Parse(Arg(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2);
            k.Limits.MaxConcurrentConnections = null;
            k.Limits.MaxConcurrentUpgradedConnections = null;
        });
        var app = builder.Build();
        var state = new FakeState(fleet, seed);
        app.MapPost("/oauth/token", state.RefreshAsync);
        app.MapPost("/oauth2/token", state.ApplicationTokenAsync);
        app.MapGet("/v3/vehicles/{id}/signals", state.SignalsAsync);
        app.MapGet("/v3/vehicles/{id}/signals/{code}", state.SignalsAsync);
        app.MapPost("/v2.0/vehicles/{id}/batch", state.BatchAsync);
        app.MapGet("/v2.0/vehicles/{id}/{part}", state.V2PartAsync);
        app.MapGet("/stats", state.Stats);
        await app.RunAsync();
        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed class FakeState(Dictionary<string, FleetCar> fleet, int seed)
    {
        private readonly ThreadLocal<Random> _rng = new(() => new Random(Interlocked.Increment(ref _seeds) * 7919 ^ seed));
        private static int _seeds;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _perCar = new(StringComparer.Ordinal);
        private long _requests;
        private long _errors;
        private long _refreshes;
        private long _overlaps;
        private int _open;
        private int _maxOpen;

        public IResult Stats() => Results.Json(new
        {
            requests = Interlocked.Read(ref _requests),
            errors = Interlocked.Read(ref _errors),
            max_open = _maxOpen,
            open = _open,
            refreshes = Interlocked.Read(ref _refreshes),
            overlaps = Interlocked.Read(ref _overlaps),
        });

        public async Task RefreshAsync(HttpContext context)
        {
            Interlocked.Increment(ref _refreshes);
            await Task.Delay(TimeSpan.FromMilliseconds(200 + (_rng.Value!.NextDouble() * 800)));
            await WriteAsync(context, 200, new
            {
                access_token = Guid.NewGuid().ToString("N"),
                token_type = "Bearer",
                expires_in = 7200,
                refresh_token = Guid.NewGuid().ToString("N"),
            });
        }

        public Task ApplicationTokenAsync(HttpContext context) =>
            WriteAsync(context, 200, new { access_token = Guid.NewGuid().ToString("N"), token_type = "Bearer", expires_in = 3600 });

        public Task SignalsAsync(HttpContext context, string id, string? code) => AnswerAsync(context, id, (car, now) =>
        {
            var signals = Signals(car, now);
            object body = code is null
                ? new { data = signals, meta = new { page = 1, pageSize = 50, totalCount = signals.Length }, links = new { self = $"/vehicles/{id}/signals" } }
                : new { data = signals.First(s => s.id == code) };
            return (200, body, null);
        });

        public Task BatchAsync(HttpContext context, string id) => AnswerAsync(context, id, (car, now) =>
        {
            var (soc, charging, plugged) = car.ChargeAt(now);
            var p = car.PositionAt(now);
            var headers = new Dictionary<string, string> { ["sc-data-age"] = now.ToString("O", CultureInfo.InvariantCulture) };
            return (200, new
            {
                responses = new object[]
                {
                    new { path = "/location", code = 200, body = new { latitude = p.Lat, longitude = p.Lng }, headers },
                    new { path = "/battery", code = 200, body = new { percentRemaining = soc / 100, range = 300 }, headers },
                    new { path = "/charge", code = 200, body = new { isPluggedIn = plugged, state = charging ? "CHARGING" : plugged ? "FULLY_CHARGED" : "NOT_CHARGING" }, headers },
                },
            }, null);
        });

        public Task V2PartAsync(HttpContext context, string id, string part) => AnswerAsync(context, id, (car, now) =>
        {
            var (soc, charging, plugged) = car.ChargeAt(now);
            var p = car.PositionAt(now);
            object body = part switch
            {
                "location" => new { latitude = p.Lat, longitude = p.Lng },
                "battery" => new { percentRemaining = soc / 100, range = 300 },
                _ => new { isPluggedIn = plugged, state = charging ? "CHARGING" : plugged ? "FULLY_CHARGED" : "NOT_CHARGING" },
            };
            return (200, body, now);
        });

        private async Task AnswerAsync(HttpContext context, string id, Func<FleetCar, DateTimeOffset, (int Status, object Body, DateTimeOffset? DataAge)> answer)
        {
            Interlocked.Increment(ref _requests);
            var open = Interlocked.Increment(ref _open);
            InterlockedMax(ref _maxOpen, open);
            if (_perCar.AddOrUpdate(id, 1, (_, n) => n + 1) > 1)
            {
                Interlocked.Increment(ref _overlaps);
            }

            try
            {
                var rng = _rng.Value!;
                // The reading is taken when the request arrives (data age 0–10 s), the answer comes after Smartcar's latency.
                var now = DateTimeOffset.UtcNow - TimeSpan.FromSeconds(rng.NextDouble() * 10);
                var latency = rng.NextDouble() < 0.02 ? 45 + (rng.NextDouble() * 255) : 3 + (rng.NextDouble() * 42);
                var fail = rng.NextDouble() < 0.02;
                await Task.Delay(TimeSpan.FromSeconds(latency), context.RequestAborted);
                if (fail)
                {
                    Interlocked.Increment(ref _errors);
                    await WriteAsync(context, 502, new { errors = new[] { new { status = "502", type = "UPSTREAM", code = "UNKNOWN_ISSUE", title = "Bad Gateway", detail = "fake" } } });
                    return;
                }

                if (!fleet.TryGetValue(id, out var car))
                {
                    await WriteAsync(context, 404, new { errors = new[] { new { status = "404", type = "RESOURCE_NOT_FOUND", code = "PATH", title = "Not Found", detail = id } } });
                    return;
                }

                var (status, body, dataAge) = answer(car, now);
                if (dataAge is { } age)
                {
                    context.Response.Headers["sc-data-age"] = age.ToString("O", CultureInfo.InvariantCulture);
                }

                await WriteAsync(context, status, body);
            }
            catch (OperationCanceledException)
            {
                // The client gave up (its lease ran out or it stopped).
            }
            finally
            {
                Interlocked.Decrement(ref _open);
                _perCar.AddOrUpdate(id, 0, (_, n) => n - 1);
            }
        }

        private static V3Out[] Signals(FleetCar car, DateTimeOffset at)
        {
            var (soc, charging, plugged) = car.ChargeAt(at);
            var p = car.PositionAt(at);
            var ms = at.ToUnixTimeMilliseconds();
            return
            [
                V3Out.Of("location-preciselocation", new { latitude = p.Lat, longitude = p.Lng, heading = 0, direction = "N", locationType = "CURRENT" }, ms),
                V3Out.Of("tractionbattery-stateofcharge", new { unit = "percent", value = soc }, ms),
                V3Out.Of("tractionbattery-range", new { unit = "kilometers", value = 300 }, ms),
                V3Out.Of("charge-ischarging", new { value = charging }, ms),
                V3Out.Of("charge-ischargingcableconnected", new { value = plugged }, ms),
            ];
        }

        private static async Task WriteAsync(HttpContext context, int status, object body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.Headers["sc-request-id"] = Invariant($"fake-{Environment.TickCount64}");
            await JsonSerializer.SerializeAsync(context.Response.Body, body, body.GetType());
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }

    // JSON:API signal resource as Smartcar v3 sends it (lower-case property names on purpose).
#pragma warning disable IDE1006
    private sealed record V3Out(string id, string type, object attributes, object meta)
    {
        public static V3Out Of(string code, object body, long ms) =>
            new(code, "signal", new { code, status = new { value = "SUCCESS" }, body }, new { retrievedAt = ms, oemUpdatedAt = ms });
    }
#pragma warning restore IDE1006
}
