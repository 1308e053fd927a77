namespace Nerava.Api.IntegrationTests.Features.Catalog;

public sealed class CatalogTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const double SanAntonioLat = 29.4241, SanAntonioLng = -98.4936;

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Nearby_chargers_are_nearest_first_and_within_radius(TestDatabase db)
    {
        var api = await fixture.For(db);

        var list = await api.CreateClient().GetFromJsonAsync<JsonElement[]>(
            $"/v1/chargers?lat={SanAntonioLat}&lng={SanAntonioLng}&radius_m=60000");

        Assert.NotEmpty(list!);
        var distances = list!.Select(c => c.GetProperty("distance_m").GetDouble()).ToList();
        Assert.Equal(distances.Order().ToList(), distances);
        Assert.All(distances, d => Assert.True(d <= 60000));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Charger_detail_lists_its_merchants_with_walking_distance(TestDatabase db)
    {
        var api = await fixture.For(db);
        var client = api.CreateClient();
        var first = (await client.GetFromJsonAsync<JsonElement[]>("/v1/chargers"))![0];

        var detail = await client.GetFromJsonAsync<JsonElement>($"/v1/chargers/{first.GetProperty("id").GetString()}");
        var merchants = detail.GetProperty("merchants").EnumerateArray().ToList();

        Assert.InRange(merchants.Count, 2, 4);
        Assert.All(merchants, m => Assert.True(m.GetProperty("walk_m").GetInt32() > 0));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Merchant_detail_lists_its_chargers_and_merchants_filter_by_charger(TestDatabase db)
    {
        var api = await fixture.For(db);
        var client = api.CreateClient();
        var chargerId = (await client.GetFromJsonAsync<JsonElement[]>("/v1/chargers"))![0].GetProperty("id").GetString();

        var merchants = await client.GetFromJsonAsync<JsonElement[]>($"/v1/merchants?charger_id={chargerId}");
        var detail = await client.GetFromJsonAsync<JsonElement>($"/v1/merchants/{merchants![0].GetProperty("id").GetString()}");

        var chargers = detail.GetProperty("chargers").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains(chargerId, chargers);
        Assert.Contains("walk_in", detail.GetProperty("fulfillment_modes").EnumerateArray().Select(x => x.GetString()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Unknown_ids_are_404_with_error_codes(TestDatabase db)
    {
        var api = await fixture.For(db);
        var client = api.CreateClient();

        await ProblemAssert.IsAsync(await client.GetAsync("/v1/chargers/no-such-charger"), HttpStatusCode.NotFound, "CHARGER_NOT_FOUND");
        await ProblemAssert.IsAsync(await client.GetAsync("/v1/merchants/no-such-merchant"), HttpStatusCode.NotFound, "MERCHANT_NOT_FOUND");
    }

    [Theory]
    [InlineData("lat=91&lng=0", "lat")]
    [InlineData("lat=10&lng=181", "lng")]
    [InlineData("lat=10", "lat")]
    [InlineData("lat=10&lng=10&radius_m=-5", "radius_m")]
    public async Task Bad_coordinates_are_400_with_field_errors(string query, string field)
    {
        var api = await fixture.For(TestDatabase.Sqlite);

        var response = await api.CreateClient().GetAsync($"/v1/chargers?{query}");

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Non_numeric_query_is_a_400_problem_not_a_500()
    {
        var api = await fixture.For(TestDatabase.Sqlite);

        var response = await api.CreateClient().GetAsync("/v1/chargers?lat=abc&lng=1");

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
    }
}
