using Microsoft.AspNetCore.Hosting;

namespace Nerava.Api.IntegrationTests.Features.Hosting;

public sealed class ProductionModeTests
{
    [Fact]
    public async Task Dev_outbox_is_404_in_production_on_postgres_with_live_delivery()
    {
        var factory = await NeravaApiFactory.CreateAsync(TestDatabase.Postgres, new Dictionary<string, string?>
        {
            ["Notifications:Channel"] = "Live",
            ["Database:SeedDemoData"] = "false",
            ["Twilio:WebhookUrl"] = "https://api.nerava.example/v1/webhooks/twilio/sms",
        });
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var response = await production.CreateClient().GetAsync("/dev/outbox");

        await ProblemAssert.IsAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Per_ip_limit_holds_across_phones()
    {
        await using var api = await NeravaApiFactory.CreateAsync(TestDatabase.Sqlite,
            new Dictionary<string, string?> { ["Auth:MaxCodesPerIpPerHour"] = "3" });
        var client = api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var ok = await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone = NeravaApiFactory.NewPhone() });
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/v1/auth/otp/start", new { phone = NeravaApiFactory.NewPhone() });

        await ProblemAssert.IsAsync(limited, HttpStatusCode.TooManyRequests, "OTP_RATE_LIMITED");
    }
}
