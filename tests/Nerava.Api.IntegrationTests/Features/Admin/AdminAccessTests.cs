using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Admin;

namespace Nerava.Api.IntegrationTests.Features.Admin;

/// <summary>Only admins reach /v1/admin: drivers and staff get 403, anonymous callers 401; admin login locks after repeated failures.</summary>
public sealed class AdminAccessTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly (string Method, string Path)[] Endpoints =
    [
        ("GET", "/v1/admin/me"), ("GET", "/v1/admin/merchants"), ("GET", "/v1/admin/merchants/petes-tako-house-sa"), ("POST", "/v1/admin/merchants"),
        ("PUT", "/v1/admin/merchants/petes-tako-house-sa"), ("GET", "/v1/admin/chargers"), ("GET", "/v1/admin/chargers/tesla-san-antonio-broadway"),
        ("POST", "/v1/admin/chargers"), ("PUT", "/v1/admin/chargers/tesla-san-antonio-broadway"),
        ("GET", "/v1/admin/chargers/tesla-san-antonio-broadway/charge-points"), ("POST", "/v1/admin/chargers/tesla-san-antonio-broadway/charge-points"),
        ("POST", "/v1/admin/charge-points/CP-NOBODY/key"),
        ("PUT", "/v1/admin/merchants/petes-tako-house-sa/chargers/tesla-san-antonio-broadway"),
        ("DELETE", "/v1/admin/merchants/petes-tako-house-sa/chargers/tesla-san-antonio-broadway"),
        ("GET", "/v1/admin/merchants/petes-tako-house-sa/staff"), ("POST", "/v1/admin/merchants/petes-tako-house-sa/staff"),
        ("POST", $"/v1/admin/staff/{Guid.Empty}/reset"), ("POST", $"/v1/admin/staff/{Guid.Empty}/disable"), ("POST", $"/v1/admin/staff/{Guid.Empty}/enable"),
        ("GET", "/v1/admin/merchants/petes-tako-house-sa/pos"), ("PUT", "/v1/admin/merchants/petes-tako-house-sa/pos"),
        ("DELETE", "/v1/admin/merchants/petes-tako-house-sa/pos"), ("GET", "/v1/admin/billing"),
        ("GET", "/v1/admin/billing/export?merchant_id=petes-tako-house-sa&month=2026-11"), ("GET", "/v1/admin/billing/totals?month=2026-11"),
        ("POST", "/v1/admin/billing/invoice"), ("POST", $"/v1/admin/billing/{Guid.Empty}/status"), ("GET", "/v1/admin/audit"),
        ("GET", "/v1/admin/operations"),
    ];

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Every_admin_endpoint_refuses_drivers_staff_and_anonymous_callers(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var staff = await api.LoginStaffAsync();
        using var anonymous = api.CreateClient();
        var merchantsBefore = await api.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(d.Merchants));
        var chargePointsBefore = await api.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(d.ChargePoints));
        foreach (var (method, path) in Endpoints)
        {
            foreach (var (client, status, code) in new[] { (driver, HttpStatusCode.Forbidden, "FORBIDDEN"), (staff, HttpStatusCode.Forbidden, "FORBIDDEN"),
                         (anonymous, HttpStatusCode.Unauthorized, "UNAUTHORIZED") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { name = "x", walk_m = 5, connectors = 1 }) };
                await ProblemAssert.IsAsync(await client.SendAsync(request), status, code);
            }
        }

        Assert.Equal(merchantsBefore, await api.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(d.Merchants)));
        Assert.Equal(chargePointsBefore, await api.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(d.ChargePoints)));
        var admin = await api.LoginAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/v1/admin/merchants")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Admin_login_rejects_wrong_passwords_and_locks_after_five(TestDatabase db)
    {
        var api = await fixture.For(db);
        var email = $"lock-{Guid.NewGuid():N}@nerava.test";
        await api.WithScopeAsync(s => s.GetRequiredService<AdminAccounts>().CreateAsync(email, AdminIntents.Password, CancellationToken.None));
        using var client = api.CreateClient();

        await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/v1/admin/auth/login", new { email = "nobody@nerava.test", password = "whatever-password" }),
            HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        for (var i = 0; i < 5; i++)
        {
            await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/v1/admin/auth/login", new { email, password = $"wrong-password-{i}" }),
                HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
        }

        // Locked: even the right password is refused for a while, and the answer says how long.
        var locked = await client.PostAsJsonAsync("/v1/admin/auth/login", new { email = email.ToUpperInvariant(), password = AdminIntents.Password });
        await ProblemAssert.IsAsync(locked, (HttpStatusCode)429, "LOGIN_LOCKED");
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/v1/admin/auth/login", new { email, password = (string?)null }),
            HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Concurrent_wrong_passwords_get_at_most_five_checked_and_a_staff_account_of_the_same_email_is_not_locked(TestDatabase db)
    {
        var api = await fixture.For(db);
        var email = $"race-{Guid.NewGuid():N}@nerava.test";
        await api.WithScopeAsync(s => s.GetRequiredService<AdminAccounts>().CreateAsync(email, AdminIntents.Password, CancellationToken.None));
        using var client = api.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            client.PostAsJsonAsync("/v1/admin/auth/login", new { email, password = $"guess-{i}-wrong" })));

        Assert.InRange(answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized), 1, 5);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Unauthorized, (HttpStatusCode)429 }));
        await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/v1/admin/auth/login", new { email, password = AdminIntents.Password }),
            (HttpStatusCode)429, "LOGIN_LOCKED");
        // Admin throttles are their own: staff login with the same address is a different account.
        var staff = await client.PostAsJsonAsync("/v1/merchant/auth/login", new { email, password = "no-such-staff-password" });
        await ProblemAssert.IsAsync(staff, HttpStatusCode.Unauthorized, "INVALID_CREDENTIALS");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Admin_create_command_takes_a_piped_password_or_prints_a_generated_one_once(TestDatabase db)
    {
        var api = await fixture.For(db);
        var piped = $"piped-{Guid.NewGuid():N}@nerava.test";
        var output = new StringWriter();
        var code = await AdminCommand.RunAsync(api.Services, ["admin", "create", "--email", piped], new StringReader("a-piped-password-123\n"), true, output,
            CancellationToken.None);
        Assert.Equal(0, code);
        Assert.DoesNotContain("a-piped-password-123", output.ToString(), StringComparison.Ordinal);
        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/v1/admin/auth/login", new { email = piped, password = "a-piped-password-123" })).StatusCode);

        var generated = $"gen-{Guid.NewGuid():N}@nerava.test";
        output = new StringWriter();
        Assert.Equal(0, await AdminCommand.RunAsync(api.Services, ["admin", "create", "--email", generated], new StringReader(""), false, output,
            CancellationToken.None));
        var password = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"Password \(shown only now\): (\S+)").Groups[1].Value;
        Assert.True(password.Length >= 20, output.ToString());
        var login = await client.PostAsJsonAsync("/v1/admin/auth/login", new { email = generated.ToUpperInvariant(), password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var stored = await api.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            d.AdminAccounts, a => a.Email == generated));
        Assert.DoesNotContain(password, stored.PasswordHash, StringComparison.Ordinal);

        Assert.Equal(1, await AdminCommand.RunAsync(api.Services, ["admin", "create", "--email", generated], new StringReader(""), false, new StringWriter(),
            CancellationToken.None));
        Assert.Equal(2, await AdminCommand.RunAsync(api.Services, ["admin", "create"], new StringReader(""), false, new StringWriter(), CancellationToken.None));
        Assert.Equal(2, await AdminCommand.RunAsync(api.Services, ["admin", "create", "--email", "x@y.z"], new StringReader("short\n"), true,
            new StringWriter(), CancellationToken.None));
    }
}
