namespace Nerava.Api.IntegrationTests.Features.Hosting;

public sealed class HostingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Health_ready_checks_the_database(TestDatabase db)
    {
        var api = await fixture.For(db);
        var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Openapi_document_lists_the_endpoints()
    {
        var api = await fixture.For(TestDatabase.Sqlite);

        var doc = await api.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/v1/auth/otp/start", paths);
        Assert.Contains("/v1/chargers/{id}", paths);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_without_a_stack_trace()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        using var content = new StringContent("{\"phone\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await api.CreateClient().PostAsync("/v1/auth/otp/start", content);

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
    }

    [Fact]
    public async Task Unknown_api_route_is_a_404_problem()
    {
        var api = await fixture.For(TestDatabase.Sqlite);

        var response = await api.CreateClient().GetAsync("/v1/nothing-here");

        await ProblemAssert.IsAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Dev_outbox_lists_sms_newest_first(TestDatabase db)
    {
        var api = await fixture.For(db);
        var phone = NeravaApiFactory.NewPhone();
        await api.RequestOtpAsync(phone);

        var items = await api.CreateClient().GetFromJsonAsync<JsonElement[]>($"/dev/outbox?to={Uri.EscapeDataString(phone)}");

        var sms = Assert.Single(items!);
        Assert.Equal("sms", sms.GetProperty("channel").GetString());
        Assert.Matches(@"\b\d{6}\b", sms.GetProperty("body").GetString());
    }
}
