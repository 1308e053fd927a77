using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Analytics;

/// <summary>The embedded default's analytics collector: posthog-js bodies in, the funnel out, server events beside them.</summary>
public sealed class LocalCollectorTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Web_events_in_posthog_js_shapes_and_server_events_are_kept_and_listed(TestDatabase db)
    {
        await using var api = await NeravaApiFactory.CreateAsync(db);
        var client = api.CreateClient();
        var config = await client.GetFromJsonAsync<JsonElement>("/v1/client-config");
        var host = config.GetProperty("analytics").GetProperty("host").GetString();
        const string single = """{"event":"EV_ARRIVAL_CONFIRM_STARTED","properties":{"distinct_id":"d-1","token":"phc_x","merchant_id":"m-1","$browser":"Chrome"}}""";
        var beacon = "data=" + Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes(
            """[{"event":"SMARTCAR_CONNECT_STARTED","properties":{"distinct_id":"d-1"}}]""")));

        var r1 = await client.PostAsync($"{host}/e/?ip=1&ver=1", new StringContent(single, Encoding.UTF8, "application/json"));
        var r2 = await client.PostAsync($"{host}/e/?compression=base64", new StringContent(beacon, Encoding.UTF8, "application/x-www-form-urlencoded"));
        var bad = await client.PostAsync($"{host}/e/", new StringContent("{nope", Encoding.UTF8, "application/json"));
        var (driver, _) = await api.LoginDriverAsync();
        await driver.CreateSessionFromDallasAsync();
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (!await api.WithDbAsync(d => d.AnalyticsEvents.AnyAsync(e => e.Event == "ev_arrival.created")))
        {
            Assert.True(DateTime.UtcNow < deadline, "The server's ev_arrival.created was not kept.");
            await Task.Delay(100);
        }

        var listed = await client.GetFromJsonAsync<JsonElement[]>("/dev/analytics");

        Assert.Equal("/dev/analytics", host);
        Assert.Equal(HttpStatusCode.OK, r1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, r2.StatusCode);
        await ProblemAssert.IsAsync(bad, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
        var confirm = listed!.Single(e => e.GetProperty("event").GetString() == "EV_ARRIVAL_CONFIRM_STARTED");
        Assert.Equal("web", confirm.GetProperty("source").GetString());
        Assert.Equal("d-1", confirm.GetProperty("distinct_id").GetString());
        Assert.Equal("m-1", confirm.GetProperty("properties").GetProperty("merchant_id").GetString());
        Assert.False(confirm.GetProperty("properties").TryGetProperty("$browser", out _));
        Assert.Contains(listed!, e => e.GetProperty("event").GetString() == "SMARTCAR_CONNECT_STARTED");
        Assert.Contains(listed!, e => e.GetProperty("event").GetString() == "ev_arrival.created" && e.GetProperty("source").GetString() == "server");
    }

    [Fact]
    public async Task Unknown_api_and_asset_paths_are_404()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite);
        var client = api.CreateClient();

        var unknownApi = await client.GetAsync("/v1/no-such-thing");
        var unknownAsset = await client.GetAsync("/assets/index-deadbeef");

        await ProblemAssert.IsAsync(unknownApi, HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(HttpStatusCode.NotFound, unknownAsset.StatusCode);
        Assert.NotEqual("text/html", unknownAsset.Content.Headers.ContentType?.MediaType);
    }
}
