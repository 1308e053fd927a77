using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Admin;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>What an operator does, as one-liners for tests.</summary>
public static class AdminIntents
{
    public const string Password = "admin-password-for-tests";

    /// <summary>Creates an admin account (as the <c>admin create</c> command does) and logs it in through the API.</summary>
    public static async Task<HttpClient> LoginAdminAsync(this NeravaApiFactory api)
    {
        var email = $"ops-{Guid.NewGuid():N}@nerava.test";
        await api.WithScopeAsync(s => s.GetRequiredService<AdminAccounts>().CreateAsync(email, Password, CancellationToken.None));
        var client = api.CreateClient();
        var response = await client.PostAsJsonAsync("/v1/admin/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var tokens = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.access_token);
        return client;
    }

    /// <summary>Creates a merchant next to the San Antonio demo charger through the admin API; returns its id.</summary>
    public static async Task<string> CreateMerchantAsync(this HttpClient admin, int feeBps = 500, object? extra = null)
    {
        var id = $"m-{Guid.NewGuid():N}"[..20];
        var response = await admin.PostAsJsonAsync("/v1/admin/merchants", new
        {
            id,
            name = "Test Tacos",
            category = "Tacos",
            lat = 29.4325,
            lng = -98.4830,
            address = "1 Test St, San Antonio, TX",
            prep_minutes = 7,
            fulfillment_modes = new[] { "walk_in", "eat_in_car" },
            sms_phone = "+12105550199",
            notify_sms = true,
            platform_fee_bps = feeBps,
            max_order_cents = 20_000,
            max_fee_cents = 1_500,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>The one-time link's token from the newest invite email to <paramref name="email"/>.</summary>
    public static async Task<string> InviteTokenAsync(this NeravaApiFactory api, string email, int skip = 0)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            var bodies = await api.WithDbAsync(db => db.DevOutbox.AsNoTracking().Where(e => e.To == email).OrderByDescending(e => e.CreatedAt)
                .Select(e => e.Body).ToListAsync());
            if (bodies.Count > skip)
            {
                return System.Text.RegularExpressions.Regex.Match(bodies[0], "#token=([A-Za-z0-9_-]+)").Groups[1].Value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No invite email to {email}.");
            await Task.Delay(50);
        }
    }
}
