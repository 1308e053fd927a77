using Microsoft.EntityFrameworkCore;
using Nerava.Api.IntegrationTests.Features.Ocpp;

namespace Nerava.Api.IntegrationTests.Features.Admin;

/// <summary>OCPP charge points through the admin API: the key shown once and never stored or audited, and a new key revokes the old.</summary>
public sealed class AdminChargePointTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_registered_charge_point_connects_with_its_key_once_shown_and_a_new_key_locks_out_the_old(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var site = await api.NewSiteAsync();

        var created = await admin.PostAsJsonAsync($"/v1/admin/chargers/{site}/charge-points", new { connectors = 2 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var registered = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = registered.GetProperty("charge_point_id").GetString()!;
        var key = registered.GetProperty("authorization_key").GetString()!;
        Assert.Equal(site, registered.GetProperty("charger_id").GetString());
        Assert.Equal($"ws://localhost/ocpp/{id}", registered.GetProperty("url").GetString());
        Assert.Equal([1, 2], registered.GetProperty("stalls").EnumerateArray().Select(s => s.GetInt32()));
        // A second charge point at the site takes the next stalls.
        var next = await (await admin.PostAsJsonAsync($"/v1/admin/chargers/{site}/charge-points", new { connectors = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([3], next.GetProperty("stalls").EnumerateArray().Select(s => s.GetInt32()));

        await using (var point = await api.ConnectChargePointAsync(registered))
        {
            await CentralSystemTests.WaitAsync(async () => (await ListAsync(admin, site)).Any(p => p.GetProperty("charge_point_id").GetString() == id
                && p.GetProperty("connected").GetBoolean() && p.GetProperty("vendor").GetString() is not null), "listed as connected after boot");
            var listed = await admin.GetStringAsync($"/v1/admin/chargers/{site}/charge-points");
            Assert.DoesNotContain(key, listed, StringComparison.Ordinal);

            var rekeyed = await admin.PostAsync($"/v1/admin/charge-points/{id}/key", null);
            Assert.Equal(HttpStatusCode.OK, rekeyed.StatusCode);
            var newKey = (await rekeyed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authorization_key").GetString()!;
            Assert.NotEqual(key, newKey);
            // The socket opened with the old key is closed; the old key no longer opens one; the new one does.
            await CentralSystemTests.WaitAsync(() => !point.IsConnected, "the old key's socket closed");
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => api.RawSocketAsync(id, key));
            Assert.Contains("401", refused.Message, StringComparison.Ordinal);
            using var socket = await api.RawSocketAsync(id, newKey);
            Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
        }

        var audit = await api.WithDbAsync(d => d.AuditRecords.Where(a => a.Action.StartsWith("charge_point.")).OrderBy(a => a.At).ToListAsync());
        Assert.Equal(["charge_point.create", "charge_point.create", "charge_point.key"], audit.Where(a => a.EntityId == site || a.EntityId == id)
            .Select(a => a.Action));
        Assert.All(audit, a => Assert.DoesNotContain(key, a.Details ?? "", StringComparison.Ordinal));
        var stored = await api.WithDbAsync(d => d.ChargePoints.SingleAsync(p => p.Id == id));
        Assert.DoesNotContain(key, stored.AuthorizationKeyHash!, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Unknown_chargers_and_charge_points_are_404_and_bad_connector_counts_400_with_nothing_registered(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var site = await api.NewSiteAsync();

        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync("/v1/admin/chargers/no-such-charger/charge-points", new { connectors = 2 }),
            HttpStatusCode.NotFound, "CHARGER_NOT_FOUND");
        await ProblemAssert.IsAsync(await admin.GetAsync("/v1/admin/chargers/no-such-charger/charge-points"), HttpStatusCode.NotFound, "CHARGER_NOT_FOUND");
        await ProblemAssert.IsAsync(await admin.PostAsync("/v1/admin/charge-points/CP-NOBODY/key", null), HttpStatusCode.NotFound, "CHARGE_POINT_NOT_FOUND");
        foreach (var connectors in new int?[] { 0, 17, null })
        {
            await ProblemAssert.IsAsync(await admin.PostAsJsonAsync($"/v1/admin/chargers/{site}/charge-points", new { connectors }),
                HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        }

        Assert.Empty(await ListAsync(admin, site));
        Assert.False(await api.WithDbAsync(d => d.AuditRecords.AnyAsync(a => a.Action == "charge_point.create" && a.EntityId == "no-such-charger")));
    }

    private static async Task<JsonElement[]> ListAsync(HttpClient admin, string site) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"/v1/admin/chargers/{site}/charge-points")).EnumerateArray()];
}
