using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Admin;

/// <summary>Merchants, chargers and their links through the admin API, each change audited.</summary>
public sealed class AdminMerchantTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_read_update_a_merchant_with_fee_and_caps_and_every_change_is_audited(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var id = await admin.CreateMerchantAsync(feeBps: 750);

        var created = await admin.GetFromJsonAsync<JsonElement>($"/v1/admin/merchants/{id}");
        Assert.Equal((750, 20_000, 1_500, 7), (created.GetProperty("platform_fee_bps").GetInt32(), created.GetProperty("max_order_cents").GetInt32(),
            created.GetProperty("max_fee_cents").GetInt32(), created.GetProperty("prep_minutes").GetInt32()));
        Assert.Equal(["walk_in", "eat_in_car"], created.GetProperty("fulfillment_modes").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Contains(await admin.GetFromJsonAsync<JsonElement[]>("/v1/admin/merchants") ?? [], m => m.GetProperty("id").GetString() == id);

        var update = await admin.PutAsJsonAsync($"/v1/admin/merchants/{id}", new
        {
            name = "Test Tacos II",
            category = "Tacos",
            lat = 29.4325,
            lng = -98.4830,
            address = "1 Test St, San Antonio, TX",
            prep_minutes = 9,
            fulfillment_modes = new[] { "dine_in" },
            sms_phone = "+12105550199",
            notify_sms = true,
            email = "Kitchen@Example.com",
            notify_email = true,
            platform_fee_bps = 900,
            max_order_cents = 30_000,
            max_fee_cents = 2_000,
        });
        var updated = await update.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(("Test Tacos II", 900, "kitchen@example.com"), (updated.GetProperty("name").GetString(), updated.GetProperty("platform_fee_bps").GetInt32(),
            updated.GetProperty("email").GetString()));
        // The public catalog sees the change at once on this instance (the cache entry is evicted).
        var catalog = await api.CreateClient().GetFromJsonAsync<JsonElement>($"/v1/merchants/{id}");
        Assert.Equal(9, catalog.GetProperty("prep_minutes").GetInt32());

        var audit = await admin.GetFromJsonAsync<JsonElement[]>($"/v1/admin/audit?entity_type=merchant&entity_id={id}");
        Assert.NotNull(audit);
        Assert.Equal(["merchant.update", "merchant.create"], audit.Select(a => a.GetProperty("action").GetString()!).ToArray());
        var changes = audit[0].GetProperty("details");
        Assert.Equal(750, changes.GetProperty("platform_fee_bps")[0].GetInt32());
        Assert.Equal(900, changes.GetProperty("platform_fee_bps")[1].GetInt32());
        Assert.False(changes.TryGetProperty("category", out _));
        Assert.EndsWith("@nerava.test", audit[0].GetProperty("actor_email").GetString(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Bad_merchant_input_is_a_400_with_fields_and_nothing_changes(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var id = await admin.CreateMerchantAsync();
        var auditBefore = await api.WithDbAsync(d => d.AuditRecords.CountAsync(a => a.EntityId == id));

        var bad = await admin.PutAsJsonAsync($"/v1/admin/merchants/{id}", new
        {
            name = "",
            category = "Tacos",
            lat = 91,
            lng = -98.4830,
            address = "x",
            fulfillment_modes = new[] { "drive_thru" },
            sms_phone = "5550199",
            notify_email = true,
            platform_fee_bps = 10_001,
            max_order_cents = -1,
            max_fee_cents = -5,
            ordering_url = "javascript:alert(1)",
        });
        var problem = await ProblemAssert.IsAsync(bad, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        foreach (var field in new[] { "name", "lat", "fulfillment_modes", "sms_phone", "notify_email", "platform_fee_bps", "max_order_cents", "max_fee_cents", "ordering_url" })
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
        }

        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync("/v1/admin/merchants", new
        {
            id,
            name = "Dup",
            category = "Tacos",
            lat = 29.0,
            lng = -98.0,
            address = "x",
            fulfillment_modes = new[] { "walk_in" }
        }), HttpStatusCode.Conflict, "MERCHANT_EXISTS");
        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync("/v1/admin/merchants", new
        {
            id = "Bad Id!",
            name = "X",
            category = "Tacos",
            lat = 29.0,
            lng = -98.0,
            address = "x",
            fulfillment_modes = new[] { "walk_in" }
        }), HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await admin.GetAsync("/v1/admin/merchants/no-such-merchant"), HttpStatusCode.NotFound, "MERCHANT_NOT_FOUND");
        await ProblemAssert.IsAsync(await admin.PutAsync($"/v1/admin/merchants/{id}", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "MALFORMED_REQUEST");
        Assert.Equal(auditBefore, await api.WithDbAsync(d => d.AuditRecords.CountAsync(a => a.EntityId == id)));
        Assert.Equal(500, await api.WithDbAsync(d => d.Merchants.Where(m => m.Id == id).Select(m => m.PlatformFeeBps).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Chargers_and_merchant_links_with_walking_distance(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var merchant = await admin.CreateMerchantAsync();
        var charger = $"c-{Guid.NewGuid():N}"[..18];

        var created = await admin.PostAsJsonAsync("/v1/admin/chargers", new
        {
            id = charger,
            name = "Test Supercharger",
            network = "Tesla",
            lat = 29.43,
            lng = -98.48,
            address = "2 Test St",
            stalls = 8,
            max_kw = 250,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync("/v1/admin/chargers", new
        {
            id = charger,
            name = "Again",
            network = "Tesla",
            lat = 29.43,
            lng = -98.48,
            address = "2 Test St",
        }), HttpStatusCode.Conflict, "CHARGER_EXISTS");
        var renamed = await admin.PutAsJsonAsync($"/v1/admin/chargers/{charger}", new
        {
            name = "Test Supercharger North",
            network = "Tesla",
            lat = 29.44,
            lng = -98.48,
            address = "2 Test St",
            stalls = 12,
            max_kw = 250,
        });
        Assert.Equal(12, (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stalls").GetInt32());
        Assert.Equal("Test Supercharger North", (await admin.GetFromJsonAsync<JsonElement>($"/v1/admin/chargers/{charger}")).GetProperty("name").GetString());
        Assert.Contains(await admin.GetFromJsonAsync<JsonElement[]>("/v1/admin/chargers") ?? [], c => c.GetProperty("id").GetString() == charger);

        var linked = await (await admin.PutAsJsonAsync($"/v1/admin/merchants/{merchant}/chargers/{charger}", new { walk_m = 180 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(180, linked.GetProperty("chargers").EnumerateArray().Single(c => c.GetProperty("charger_id").GetString() == charger).GetProperty("walk_m").GetInt32());
        (await admin.PutAsJsonAsync($"/v1/admin/merchants/{merchant}/chargers/{charger}", new { walk_m = 240 })).EnsureSuccessStatusCode();
        var publicView = await api.CreateClient().GetFromJsonAsync<JsonElement>($"/v1/chargers/{charger}");
        Assert.Equal(240, publicView.GetProperty("merchants").EnumerateArray().Single(m => m.GetProperty("id").GetString() == merchant)
            .GetProperty("walk_m").GetInt32());

        await ProblemAssert.IsAsync(await admin.PutAsJsonAsync($"/v1/admin/merchants/{merchant}/chargers/{charger}", new { walk_m = 50_000 }),
            HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await admin.PutAsJsonAsync($"/v1/admin/merchants/{merchant}/chargers/no-such-charger", new { walk_m = 10 }),
            HttpStatusCode.NotFound, "CHARGER_NOT_FOUND");
        await ProblemAssert.IsAsync(await admin.PutAsJsonAsync($"/v1/admin/chargers/no-such-charger", new
        {
            name = "X",
            network = "Y",
            lat = 1.0,
            lng = 1.0,
            address = "Z",
        }), HttpStatusCode.NotFound, "CHARGER_NOT_FOUND");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/v1/admin/merchants/{merchant}/chargers/{charger}")).StatusCode);
        await ProblemAssert.IsAsync(await admin.DeleteAsync($"/v1/admin/merchants/{merchant}/chargers/{charger}"), HttpStatusCode.NotFound, "LINK_NOT_FOUND");

        var actions = await api.WithDbAsync(d => d.AuditRecords.Where(a => a.EntityId == charger || a.EntityId == merchant).Select(a => a.Action).ToListAsync());
        Assert.Equal(["charger.create", "charger.update", "link.create", "link.delete", "link.update", "merchant.create"], actions.Order().ToArray());
    }
}
