using Microsoft.AspNetCore.Mvc.Testing;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>Connecting a simulated car the way the consent page would, through the simulator's admin API.</summary>
public static class SmartcarIntents
{
    public const string ClientId = "nerava-embedded";
    public const string Callback = "http://localhost/v1/smartcar/callback";

    public static async Task<string> AddSimulatedCarAsync(this NeravaApiFactory api, double lat = Demo.DallasLat, double lng = Demo.DallasLng,
        double soc = 70, string make = "HYUNDAI", string model = "Ioniq 5")
    {
        var response = await api.CreateClient().PostAsJsonAsync("/smartcar-sim/admin/vehicles",
            new { make, model, year = 2024, lat, lng, soc_percent = soc, client_id = ClientId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> StateFromConnectAsync(this HttpClient driver)
    {
        var url = (await driver.GetFromJsonAsync<JsonElement>("/v1/smartcar/connect")).GetProperty("auth_url").GetString()!;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(url).Query);
        return query["state"].ToString();
    }

    /// <summary>Approves the vehicles for the given state and follows the redirect to our callback.</summary>
    public static async Task<HttpResponseMessage> ApproveAsync(this NeravaApiFactory api, string state, params string[] vehicleIds)
    {
        var auth = await api.CreateClient().PostAsJsonAsync("/smartcar-sim/admin/authorizations", new
        {
            client_id = ClientId,
            redirect_uri = Callback,
            state,
            scope = "read_vehicle_info read_location read_battery read_charge",
            vehicle_ids = vehicleIds,
        });
        Assert.True(auth.IsSuccessStatusCode, await auth.Content.ReadAsStringAsync());
        var redirect = (await auth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("redirect_url").GetString()!;
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await browser.GetAsync(new Uri(redirect).PathAndQuery);
    }

    public static async Task<string> ConnectCarAsync(this NeravaApiFactory api, HttpClient driver, double lat = Demo.DallasLat, double lng = Demo.DallasLng)
    {
        var vehicle = await api.AddSimulatedCarAsync(lat, lng);
        var callback = await api.ApproveAsync(await driver.StateFromConnectAsync(), vehicle);
        Assert.Equal("/smartcar-success", callback.Headers.Location?.ToString());
        return vehicle;
    }
}
