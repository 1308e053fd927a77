using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Nerava.Api.IntegrationTests.Features.Sessions;

/// <summary>The POS lookup (Square's Orders API) and PostHog capture, against local fakes speaking their wire format.</summary>
public sealed class PosAndAnalyticsTests
{
    [Fact]
    public async Task A_connected_square_pos_supplies_the_order_total_and_billing_uses_it()
    {
        var captured = new ConcurrentQueue<JsonElement>();
        await using var fake = await StartFakeAsync(app =>
        {
            app.MapGet("/v2/orders/{id}", (string id, HttpRequest r) =>
                r.Headers.Authorization == "Bearer square-test-token" && id == "SQ-1"
                    ? Results.Json(new { order = new { id, state = "OPEN", total_money = new { amount = 3725, currency = "USD" } } })
                    : Results.NotFound(new { errors = new[] { new { code = "NOT_FOUND" } } }));
            app.MapPost("/capture/", async (HttpRequest r) =>
            {
                captured.Enqueue(await r.ReadFromJsonAsync<JsonElement>());
                return Results.Ok(new { status = 1 });
            });
        });
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite, new Dictionary<string, string?>
        {
            ["Pos:SquareBaseUrl"] = fake.Url,
            ["Pos:SquareAccessToken"] = "square-test-token",
            ["Analytics:PostHogApiKey"] = "phc_test_key",
            ["Analytics:PostHogHost"] = fake.Url,
        });
        await api.WithDbAsync(d => d.Merchants.Where(m => m.Id == Demo.StaffMerchant).ExecuteUpdateAsync(u => u.SetProperty(m => m.PosProvider, "square")));
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var bound = await (await driver.BindOrderAsync(id, "SQ-1", 9999)).Content.ReadFromJsonAsync<JsonElement>();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        var staff = await api.LoginStaffAsync();
        var confirm = await (await staff.PostAsJsonAsync($"/v1/arrival/{id}/merchant-confirm", new { confirmed = true, merchant_reported_total_cents = 5000 }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(("square", 3725), (bound.GetProperty("order_source").GetString(), bound.GetProperty("order_total_cents").GetInt32()));
        Assert.Equal(186, confirm.GetProperty("billable_amount_cents").GetInt32()); // 5 % of the POS total, not the reported one.
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (!captured.Any(e => e.GetProperty("event").GetString() == "ev_arrival.completed") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var events = captured.Select(e => e.GetProperty("event").GetString()).ToList();
        Assert.Contains("ev_arrival.created", events);
        Assert.Contains("ev_arrival.arrived", events);
        Assert.Contains("ev_arrival.completed", events);
        Assert.All(captured, e => Assert.Equal("phc_test_key", e.GetProperty("api_key").GetString()));
        var arrived = captured.First(e => e.GetProperty("event").GetString() == "ev_arrival.arrived");
        Assert.Equal("manual", arrived.GetProperty("properties").GetProperty("arrival_source").GetString());
    }

    [Fact]
    public async Task An_unknown_pos_order_falls_back_to_manual_with_the_drivers_estimate()
    {
        await using var fake = await StartFakeAsync(app => app.MapGet("/v2/orders/{id}", () => Results.NotFound()));
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite,
            new Dictionary<string, string?> { ["Pos:SquareBaseUrl"] = fake.Url, ["Pos:SquareAccessToken"] = "square-test-token" });
        await api.WithDbAsync(d => d.Merchants.Where(m => m.Id == Demo.StaffMerchant).ExecuteUpdateAsync(u => u.SetProperty(m => m.PosProvider, "square")));
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var bound = await (await driver.BindOrderAsync(id, "not-in-pos", 4200)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(("manual", 4200), (bound.GetProperty("order_source").GetString(), bound.GetProperty("order_total_cents").GetInt32()));
        Assert.Equal("driver_estimate", bound.GetProperty("total_source").GetString());
    }

    private static async Task<FakeServer> StartFakeAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeServer(app, url);
    }

    private sealed record FakeServer(WebApplication App, string Url) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
