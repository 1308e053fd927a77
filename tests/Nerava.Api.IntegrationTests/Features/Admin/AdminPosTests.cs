using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Nerava.Api.IntegrationTests.Features.Admin;

/// <summary>A merchant's own POS token: encrypted at rest, never returned or audited, and used by the order lookup.</summary>
public sealed class AdminPosTests
{
    private const string OwnToken = "merchant-own-square-token-7f3a";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task The_merchants_own_square_token_is_stored_encrypted_never_returned_and_used_for_lookups(TestDatabase db)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var fake = builder.Build();
        fake.MapGet("/v2/orders/{id}", (string id, HttpRequest r) => r.Headers.Authorization == $"Bearer {OwnToken}"
            ? Results.Json(new { order = new { id, state = "OPEN", total_money = new { amount = 2650, currency = "USD" } } })
            : Results.Unauthorized());
        await fake.StartAsync();
        var url = fake.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var api = await NeravaApiFactory.CreateAsync(db, new Dictionary<string, string?>
        {
            ["Pos:SquareBaseUrl"] = url,
            ["Pos:SquareAccessToken"] = "global-token-that-the-fake-refuses",
        });
        var admin = await api.LoginAdminAsync();

        await ProblemAssert.IsAsync(await admin.PutAsJsonAsync($"/v1/admin/merchants/{Demo.StaffMerchant}/pos", new { provider = "clover", access_token = "x" }),
            HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await admin.PutAsJsonAsync($"/v1/admin/merchants/{Demo.StaffMerchant}/pos", new { provider = "toast", access_token = OwnToken }),
            HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var set = await admin.PutAsJsonAsync($"/v1/admin/merchants/{Demo.StaffMerchant}/pos", new { provider = "square", access_token = OwnToken });
        var setBody = await set.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.DoesNotContain(OwnToken, setBody, StringComparison.Ordinal);
        var status = await admin.GetFromJsonAsync<JsonElement>($"/v1/admin/merchants/{Demo.StaffMerchant}/pos");
        Assert.Equal(("square", true), (status.GetProperty("provider").GetString(), status.GetProperty("configured").GetBoolean()));
        Assert.DoesNotContain(OwnToken, await (await admin.GetAsync($"/v1/admin/merchants/{Demo.StaffMerchant}")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        var stored = await api.WithDbAsync(d => d.MerchantPosCredentials.SingleAsync(c => c.MerchantId == Demo.StaffMerchant));
        Assert.DoesNotContain(OwnToken, stored.ProtectedAccessToken, StringComparison.Ordinal);
        var audit = await api.WithDbAsync(d => d.AuditRecords.Where(a => a.Action == "pos.set").Select(a => a.Details!).ToListAsync());
        Assert.All(audit, details => Assert.DoesNotContain(OwnToken, details, StringComparison.Ordinal));

        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        var bound = await (await driver.BindOrderAsync(id, "SQ-77", 9999)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("square", 2650), (bound.GetProperty("order_source").GetString(), bound.GetProperty("order_total_cents").GetInt32()));

        var removed = await (await admin.DeleteAsync($"/v1/admin/merchants/{Demo.StaffMerchant}/pos")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("none", false), (removed.GetProperty("provider").GetString(), removed.GetProperty("configured").GetBoolean()));
        await ProblemAssert.IsAsync(await admin.GetAsync("/v1/admin/merchants/no-such/pos"), HttpStatusCode.NotFound, "MERCHANT_NOT_FOUND");
    }
}
