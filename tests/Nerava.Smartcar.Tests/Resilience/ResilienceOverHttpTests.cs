using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Tests.Resilience;

/// <summary>The DI-built client against a real Kestrel server: the resilience pipeline configured at registration.</summary>
public sealed class ResilienceOverHttpTests
{
    private const string LocationJson = """{"latitude":37.4292,"longitude":-122.1382}""";
    private int _hits;

    private static ServiceProvider CreateServices(string baseUrl, Action<SmartcarOptions>? configure = null) =>
        new ServiceCollection().AddSmartcarClient(o =>
        {
            o.ClientId = TestOptions.ClientId;
            o.ClientSecret = TestOptions.ClientSecret;
            o.ConnectOrigin = o.AuthOrigin = o.ApiOrigin = o.VehicleApiOrigin = o.IamOrigin = o.ManagementOrigin = baseUrl;
            configure?.Invoke(o);
        }).BuildServiceProvider();

    private Task<FakeSmartcarServer> StartAsync(string route, Func<int, HttpContext, Task> handle, string method = "GET") =>
        FakeSmartcarServer.StartAsync(app => app.MapMethods(route, [method], (HttpContext context) => handle(Interlocked.Increment(ref _hits), context)));

    private static async Task Write(HttpContext context, int status, string body, string? retryAfter = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["sc-request-id"] = "req-" + status;
        if (retryAfter is not null)
        {
            context.Response.Headers["retry-after"] = retryAfter;
        }

        await context.Response.WriteAsync(body);
    }

    [Fact]
    public async Task A_503_is_retried_and_the_second_answer_wins()
    {
        string? userAgent = null;
        await using var server = await StartAsync("/v2.0/vehicles/{id}/location", (hit, ctx) =>
        {
            userAgent = ctx.Request.Headers.UserAgent;
            return hit == 1 ? Write(ctx, 503, "<html>busy</html>", "0") : Write(ctx, 200, LocationJson);
        });
        using var services = CreateServices(server.BaseUrl);

        var response = await services.GetRequiredService<SmartcarVehicleClient>().GetLocationAsync("v1", "access-1");

        Assert.Equal(37.4292, response.Data.Latitude);
        Assert.Equal(2, _hits);
        Assert.Equal(2, response.Attempts);
        Assert.Equal("Nerava.Smartcar/1.0 (.NET)", userAgent);
    }

    [Fact]
    public async Task Snapshot_charges_retried_attempts_to_the_call_count()
    {
        await using var server = await StartAsync("/v2.0/vehicles/{id}/batch", (hit, ctx) => hit == 1
            ? Write(ctx, 503, "", "0")
            : Write(ctx, 200, Fixture.Read("v2/batch-arrival.json")), "POST");
        using var services = CreateServices(server.BaseUrl, o => o.ApiVersion = "2.0");

        var snapshot = await services.GetRequiredService<IVehicleDataClient>()
            .GetSnapshotAsync(new VehicleAccess("v1", "access-1"), VehicleDataKinds.All);

        Assert.Equal(2, _hits);
        Assert.Equal(2, snapshot.HttpCalls);
        Assert.Equal(6, snapshot.BillableRequests);
        Assert.Equal(58, snapshot.StateOfChargePercent);
    }

    [Fact]
    public async Task A_short_retry_after_on_429_is_waited_out()
    {
        await using var server = await StartAsync("/v2.0/vehicles/{id}/location", (hit, ctx) =>
            hit == 1 ? Write(ctx, 429, Fixture.Read("errors/v2-rate-limit-smartcar-api.json"), "1") : Write(ctx, 200, LocationJson));
        using var services = CreateServices(server.BaseUrl);
        var watch = Stopwatch.StartNew();

        await services.GetRequiredService<SmartcarVehicleClient>().GetLocationAsync("v1", "access-1");

        Assert.Equal(2, _hits);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited only {watch.Elapsed}");
    }

    [Fact]
    public async Task A_vehicle_rate_limit_beyond_the_cap_is_not_retried_and_reports_retry_after()
    {
        await using var server = await StartAsync("/v2.0/vehicles/{id}/location", (_, ctx) =>
            Write(ctx, 429, Fixture.Read("errors/v2-rate-limit-vehicle.json"), "120"));
        using var services = CreateServices(server.BaseUrl);

        var error = await Assert.ThrowsAsync<SmartcarException>(() =>
            services.GetRequiredService<SmartcarVehicleClient>().GetLocationAsync("v1", "access-1"));

        Assert.Equal(1, _hits);
        Assert.Equal(SmartcarErrorType.RateLimit, error.ErrorType);
        Assert.Equal("VEHICLE", error.Code);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        await using var server = await StartAsync("/v2.0/vehicles/{id}/location", (_, ctx) =>
            Write(ctx, 502, Fixture.Read("errors/v3-upstream-invalid-data.json"), "0"));
        using var services = CreateServices(server.BaseUrl, o => o.MaxRetryAttempts = 2);

        var error = await Assert.ThrowsAsync<SmartcarException>(() =>
            services.GetRequiredService<SmartcarVehicleClient>().GetLocationAsync("v1", "access-1"));

        Assert.Equal(3, _hits);
        Assert.Equal(SmartcarErrorType.Upstream, error.ErrorType);
    }

    [Fact]
    public async Task A_command_post_is_not_repeated_after_a_server_error()
    {
        await using var server = await StartAsync("/v2.0/vehicles/{id}/charge", (_, ctx) =>
            Write(ctx, 500, """{"type":"SERVER","code":"INTERNAL","description":"d","docURL":null,"resolution":{"type":"RETRY_LATER"}}"""), "POST");
        using var services = CreateServices(server.BaseUrl);

        var error = await Assert.ThrowsAsync<SmartcarException>(() =>
            services.GetRequiredService<SmartcarVehicleClient>().RequestAsync(HttpMethod.Post, "v1", "access-1", "/charge", new { action = "START" }));

        Assert.Equal(1, _hits);
        Assert.Equal(SmartcarErrorType.Server, error.ErrorType);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_and_the_retry_succeeds()
    {
        await using var server = await StartAsync("/v2.0/vehicles/{id}/location", async (hit, ctx) =>
        {
            if (hit == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            await Write(ctx, 200, LocationJson);
        });
        using var services = CreateServices(server.BaseUrl, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(1);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
        });

        var response = await services.GetRequiredService<SmartcarVehicleClient>().GetLocationAsync("v1", "access-1");

        Assert.Equal(2, _hits);
        Assert.Equal(-122.1382, response.Data.Longitude);
    }

    [Fact]
    public async Task When_every_attempt_times_out_the_error_is_a_timeout()
    {
        await using var server = await StartAsync("/v2.0/vehicles/{id}/location", async (_, ctx) =>
            await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));
        using var services = CreateServices(server.BaseUrl, o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(300);
            o.TotalTimeout = TimeSpan.FromSeconds(10);
            o.MaxRetryAttempts = 1;
        });

        var error = await Assert.ThrowsAsync<SmartcarException>(() =>
            services.GetRequiredService<SmartcarVehicleClient>().GetLocationAsync("v1", "access-1"));

        Assert.Equal(SmartcarErrorType.Timeout, error.ErrorType);
        Assert.Equal(408, error.StatusCode);
        Assert.True(error.IsRetryable);
        Assert.Equal(2, _hits);
    }
}
