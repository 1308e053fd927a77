using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Admin;

/// <summary>Staff accounts: invite by one-time link through the outbox, reset, disable and enable.</summary>
public sealed class AdminStaffTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string NewPassword = "a-new-staff-password";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task An_invite_link_sets_the_password_once_and_the_new_staff_sees_only_their_merchant(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var merchant = await admin.CreateMerchantAsync();
        var email = $"cook-{Guid.NewGuid():N}@example.com";

        var invited = await admin.PostAsJsonAsync($"/v1/admin/merchants/{merchant}/staff", new { email, name = "Ana" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        Assert.Equal("invited", (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var anon = api.CreateClient();
        // No password yet: nothing logs in, not even an empty password.
        Assert.NotEqual(HttpStatusCode.OK, (await anon.PostAsJsonAsync("/v1/merchant/auth/login", new { email, password = "" })).StatusCode);
        await ProblemAssert.IsAsync(await anon.PostAsJsonAsync("/v1/merchant/auth/login", new { email, password = "anything-at-all" }),
            HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");

        var token = await api.InviteTokenAsync(email);
        Assert.Equal(43, token.Length);
        var stored = await api.WithDbAsync(d => d.StaffInvites.Select(i => i.TokenHash).ToListAsync());
        Assert.DoesNotContain(token, stored);
        await ProblemAssert.IsAsync(await anon.PostAsJsonAsync("/v1/merchant/auth/accept-invite", new { token, password = "short" }),
            HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.IsAsync(await anon.PostAsJsonAsync("/v1/merchant/auth/accept-invite", new { token = token + "x", password = NewPassword }),
            HttpStatusCode.BadRequest, "INVITE_INVALID");

        // Two racing uses of one link: exactly one sets the password.
        var races = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            anon.PostAsJsonAsync("/v1/merchant/auth/accept-invite", new { token, password = $"{NewPassword}-{i}" })));
        Assert.Single(races, r => r.StatusCode == HttpStatusCode.OK);
        var winner = Array.FindIndex(races, r => r.StatusCode == HttpStatusCode.OK);
        var staff = await api.LoginStaffAsync(email, $"{NewPassword}-{winner}");
        var me = await staff.GetFromJsonAsync<JsonElement>("/v1/merchant/me");
        Assert.Equal(merchant, me.GetProperty("merchant_id").GetString());
        await ProblemAssert.IsAsync(await anon.PostAsJsonAsync("/v1/merchant/auth/accept-invite", new { token, password = NewPassword }),
            HttpStatusCode.BadRequest, "INVITE_INVALID");

        var list = await admin.GetFromJsonAsync<JsonElement[]>($"/v1/admin/merchants/{merchant}/staff");
        Assert.Equal("active", Assert.Single(list!).GetProperty("status").GetString());
        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync($"/v1/admin/merchants/{merchant}/staff", new { email = email.ToUpperInvariant(), name = "Dup" }),
            HttpStatusCode.Conflict, "STAFF_EMAIL_TAKEN");
        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync("/v1/admin/merchants/no-such-merchant/staff", new { email = "a@b.c", name = "X" }),
            HttpStatusCode.NotFound, "MERCHANT_NOT_FOUND");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Reset_kills_the_old_password_and_sessions_and_disable_locks_out_at_once(TestDatabase db)
    {
        var api = await fixture.For(db);
        var admin = await api.LoginAdminAsync();
        var merchant = await admin.CreateMerchantAsync();
        var email = $"host-{Guid.NewGuid():N}@example.com";
        var staffId = (await (await admin.PostAsJsonAsync($"/v1/admin/merchants/{merchant}/staff", new { email, name = "Bo" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var anon = api.CreateClient();
        var login = await (await anon.PostAsJsonAsync("/v1/merchant/auth/accept-invite", new { token = await api.InviteTokenAsync(email), password = NewPassword }))
            .Content.ReadFromJsonAsync<TokenBody>();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/v1/admin/staff/{staffId}/reset", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsJsonAsync("/v1/merchant/auth/login", new { email, password = NewPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsJsonAsync("/v1/auth/refresh", new { refresh_token = login!.refresh_token })).StatusCode);
        var resetToken = await api.InviteTokenAsync(email, skip: 1);
        (await anon.PostAsJsonAsync("/v1/merchant/auth/accept-invite", new { token = resetToken, password = NewPassword + "-2" })).EnsureSuccessStatusCode();
        var staff = await api.LoginStaffAsync(email, NewPassword + "-2");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/v1/merchant/arrivals")).StatusCode);

        var disabled = await admin.PostAsync($"/v1/admin/staff/{staffId}/disable", null);
        Assert.Equal("disabled", (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        // The unexpired access token stops working too, not only new logins.
        await ProblemAssert.IsAsync(await staff.GetAsync("/v1/merchant/arrivals"), HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsJsonAsync("/v1/merchant/auth/login", new { email, password = NewPassword + "-2" })).StatusCode);
        await ProblemAssert.IsAsync(await admin.PostAsync($"/v1/admin/staff/{staffId}/reset", null), HttpStatusCode.Conflict, "STAFF_DISABLED");

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/v1/admin/staff/{staffId}/enable", null)).StatusCode);
        var again = await api.LoginStaffAsync(email, NewPassword + "-2");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/v1/merchant/arrivals")).StatusCode);
        await ProblemAssert.IsAsync(await admin.PostAsync($"/v1/admin/staff/{Guid.NewGuid()}/disable", null), HttpStatusCode.NotFound, "STAFF_NOT_FOUND");

        var actions = await api.WithDbAsync(d => d.AuditRecords.Where(a => a.EntityId == staffId).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        Assert.Equal(["staff.invite", "staff.reset", "staff.disable", "staff.enable"], actions);
        var emails = await api.WithDbAsync(d => d.Outbox.Where(m => m.To == email).Select(m => m.Kind).ToListAsync());
        Assert.Equal(["staff_invite", "staff_reset"], emails.Order().ToArray());
    }
}
