namespace Nerava.Api.IntegrationTests.Features.Catalog;

public sealed class ChargerSearchTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Searching_San_Antonio_from_Dallas_finds_the_San_Antonio_Supercharger_beyond_any_radius(TestDatabase db)
    {
        var client = (await fixture.For(db)).CreateClient();

        var found = await client.GetFromJsonAsync<JsonElement[]>($"/v1/chargers?q=San%20Antonio&lat={Demo.DallasLat}&lng={Demo.DallasLng}");

        var ids = found!.Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains(Demo.SanAntonioCharger, ids);
        Assert.All(found!, c => Assert.True(c.GetProperty("distance_m").GetDouble() > 350_000));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Highway_network_and_city_spellings_all_match(TestDatabase db)
    {
        var client = (await fixture.For(db)).CreateClient();

        var interstate = await client.GetFromJsonAsync<JsonElement[]>("/v1/chargers?q=IH-35%20new%20braunfels");
        var network = await client.GetFromJsonAsync<JsonElement[]>("/v1/chargers?q=electrify");
        var nothing = await client.GetFromJsonAsync<JsonElement[]>("/v1/chargers?q=Houston");

        Assert.Equal(2, interstate!.Length);
        Assert.All(network!, c => Assert.Equal("Electrify America", c.GetProperty("network").GetString()));
        Assert.Empty(nothing!);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Along_the_route_from_Dallas_to_San_Antonio_lists_chargers_in_driving_order(TestDatabase db)
    {
        var client = (await fixture.For(db)).CreateClient();

        var route = await client.GetFromJsonAsync<JsonElement[]>(
            $"/v1/chargers/along-route?from_lat={Demo.DallasLat}&from_lng={Demo.DallasLng}&to_lat={Demo.SanAntonioChargerLat}&to_lng={Demo.SanAntonioChargerLng}");

        var ids = route!.Select(c => c.GetProperty("id").GetString()).ToList();
        var along = route!.Select(c => c.GetProperty("along_route_m").GetDouble()).ToList();
        Assert.Equal(along.Order().ToList(), along);
        Assert.True(ids.IndexOf("tesla-waco-collin-street") < ids.IndexOf("tesla-austin-highland"));
        Assert.Equal(Demo.SanAntonioCharger, ids[^1]);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Bad_search_input_is_a_validation_problem(TestDatabase db)
    {
        var client = (await fixture.For(db)).CreateClient();

        var blank = await client.GetAsync("/v1/chargers?q=%20%2D%20");
        var huge = await client.GetAsync($"/v1/chargers?q={new string('a', 101)}");
        var noEnd = await client.GetAsync("/v1/chargers/along-route?from_lat=32&from_lng=-96");

        await ProblemAssert.IsAsync(blank, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(huge, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(noEnd, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }
}
