namespace Nerava.Api.IntegrationTests.Features.Auth;

public sealed class VehicleTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Put_vehicle_is_returned_by_me(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (client, _) = await api.LoginDriverAsync();

        var put = await client.PutAsJsonAsync("/v1/me/vehicle", new { color = "Pearl White", model = "Tesla Model Y" });
        put.EnsureSuccessStatusCode();
        var me = await client.GetFromJsonAsync<JsonElement>("/v1/me");

        Assert.Equal("Pearl White", me.GetProperty("vehicle").GetProperty("color").GetString());
        Assert.Equal("Tesla Model Y", me.GetProperty("vehicle").GetProperty("model").GetString());
    }

    [Fact]
    public async Task Empty_color_is_400()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (client, _) = await api.LoginDriverAsync();

        var response = await client.PutAsJsonAsync("/v1/me/vehicle", new { color = " ", model = "Ioniq 5" });

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.True(problem.GetProperty("errors").TryGetProperty("color", out _));
    }
}
