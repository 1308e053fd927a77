using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Sessions;

/// <summary>Create (and PUT /order) accept only a pairing the catalog allows; a refused one creates or changes nothing.</summary>
public sealed class PairingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_charger_the_merchant_is_not_linked_to_is_CHARGER_NOT_AT_MERCHANT(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();

        var response = await driver.PostCreateAsync(Create(Demo.StaffMerchant, Demo.DallasCharger));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "CHARGER_NOT_AT_MERCHANT");
        Assert.Equal(Demo.DallasCharger, problem.GetProperty("charger_id").GetString());
        Assert.Equal(0, await SessionsOfAsync(api, driver));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_mode_the_merchant_does_not_offer_is_FULFILLMENT_NOT_OFFERED(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();

        var response = await driver.PostCreateAsync(Create(Demo.OtherSanAntonioMerchant, Demo.SanAntonioCharger, fulfillment: "eat_in_car"));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "FULFILLMENT_NOT_OFFERED");
        Assert.Equal(["walk_in", "dine_in"], problem.GetProperty("fulfillment_modes").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0, await SessionsOfAsync(api, driver));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_huge_estimate_on_create_is_ESTIMATE_OUT_OF_RANGE(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();

        var huge = await driver.PostCreateAsync(Create(Demo.StaffMerchant, Demo.SanAntonioCharger, estimate: int.MaxValue));
        var zero = await driver.PostCreateAsync(Create(Demo.StaffMerchant, Demo.SanAntonioCharger, estimate: 0));

        var problem = await ProblemAssert.IsAsync(huge, HttpStatusCode.BadRequest, "ESTIMATE_OUT_OF_RANGE");
        Assert.Equal(50_000, problem.GetProperty("max_order_cents").GetInt32());
        await ProblemAssert.IsAsync(zero, HttpStatusCode.BadRequest, "ESTIMATE_OUT_OF_RANGE");
        Assert.Equal(0, await SessionsOfAsync(api, driver));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_huge_estimate_on_PUT_order_is_ESTIMATE_OUT_OF_RANGE_and_changes_nothing(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();

        var response = await driver.BindOrderAsync(id, "A-1", int.MaxValue);
        var justOver = await driver.BindOrderAsync(id, "A-1", 50_001);

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "ESTIMATE_OUT_OF_RANGE");
        await ProblemAssert.IsAsync(justOver, HttpStatusCode.BadRequest, "ESTIMATE_OUT_OF_RANGE");
        var row = await api.WithDbAsync(d => d.Sessions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
        Assert.Equal(("pending_order", (string?)null, (int?)null), (await api.StatusAsync(id), row.OrderNumber, row.DriverEstimateCents));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_estimate_within_the_cap_on_create_stands_when_the_order_is_bound_without_one(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var created = await driver.PostCreateAsync(Create(Demo.StaffMerchant, Demo.SanAntonioCharger, estimate: 50_000));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();

        var bound = await (await driver.BindOrderAsync(id, "B-2", estimate: null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(50_000, bound.GetProperty("driver_estimate_cents").GetInt32());
        Assert.Equal("walk_in", bound.GetProperty("fulfillment_type").GetString());
    }

    private static object Create(string merchant, string? charger, string? fulfillment = null, int? estimate = null) => new
    {
        merchant_id = merchant,
        charger_id = charger,
        arrival_type = "ev_curbside",
        fulfillment_type = fulfillment,
        lat = Demo.DallasLat,
        lng = Demo.DallasLng,
        estimated_total_cents = estimate,
    };

    private static async Task<int> SessionsOfAsync(NeravaApiFactory api, HttpClient driver)
    {
        var me = await driver.GetFromJsonAsync<JsonElement>("/v1/me");
        var id = me.GetProperty("id").GetGuid();
        return await api.WithDbAsync(d => d.Sessions.CountAsync(s => s.DriverId == id));
    }
}
