namespace Nerava.Api.IntegrationTests.Features.Auth;

public sealed class MerchantLoginTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Demo_staff_logs_in_and_sees_its_merchant(TestDatabase db)
    {
        var api = await fixture.For(db);
        var staff = await api.LoginStaffAsync();

        var me = await staff.GetFromJsonAsync<JsonElement>("/v1/merchant/me");

        Assert.Equal("staff@demo.nerava.test", me.GetProperty("email").GetString());
        Assert.False(string.IsNullOrEmpty(me.GetProperty("merchant_id").GetString()));
        Assert.False(string.IsNullOrEmpty(me.GetProperty("merchant_name").GetString()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Wrong_password_is_401_invalid_credentials(TestDatabase db)
    {
        var api = await fixture.For(db);

        var response = await api.CreateClient().PostAsJsonAsync("/v1/merchant/auth/login",
            new { email = "staff@demo.nerava.test", password = "not-the-password" });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
    }

    [Fact]
    public async Task Driver_token_cannot_call_merchant_routes()
    {
        var api = await fixture.For(TestDatabase.Sqlite);
        var (driver, _) = await api.LoginDriverAsync();

        var response = await driver.GetAsync("/v1/merchant/me");

        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task Missing_fields_are_400_with_field_errors()
    {
        var api = await fixture.For(TestDatabase.Sqlite);

        var response = await api.CreateClient().PostAsJsonAsync("/v1/merchant/auth/login", new { email = "" });

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }
}
