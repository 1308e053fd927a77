using Microsoft.AspNetCore.Hosting;

namespace Nerava.Api.IntegrationTests.Features.Hosting;

/// <summary>Outside the embedded default and Development, start-up refuses every missing, placeholder or short secret by name.</summary>
public sealed class ProductionSecretsTests
{
    public static TheoryData<TestDatabase, string> EachSecretOnBothDatabases()
    {
        var data = new TheoryData<TestDatabase, string>();
        foreach (var db in Enum.GetValues<TestDatabase>())
        {
            foreach (var key in new[] { "Auth:SigningKey", "Twilio:AuthToken", "Smartcar:ClientSecret", "Smartcar:WebhookSecret", "DataProtection:KeyEncryptionKey" })
            {
                data.Add(db, key);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(EachSecretOnBothDatabases))]
    public async Task Production_refuses_to_start_with_a_placeholder_secret_and_names_it(TestDatabase db, string key)
    {
        var placeholder = $"<set {key.Replace(":", "__", StringComparison.Ordinal)}>";

        var error = await StartFailureAsync(db, new Dictionary<string, string?> { [key] = placeholder });

        Assert.Contains("Refusing to start", error, StringComparison.Ordinal);
        Assert.Contains($"{key} (env {key.Replace(":", "__", StringComparison.Ordinal)}) is still the shipped placeholder", error, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Short_or_missing_secrets_and_a_missing_webhook_url_are_named_without_quoting_them(TestDatabase db)
    {
        var error = await StartFailureAsync(db, new Dictionary<string, string?>
        {
            ["Twilio:AuthToken"] = "short-token-9f8e",
            ["Smartcar:ClientSecret"] = "",
            ["Twilio:WebhookUrl"] = "",
        });

        Assert.Contains("Twilio:AuthToken (env Twilio__AuthToken) is too short", error, StringComparison.Ordinal);
        Assert.Contains("Smartcar:ClientSecret (env Smartcar__ClientSecret) is not set", error, StringComparison.Ordinal);
        Assert.Contains("Twilio:WebhookUrl", error, StringComparison.Ordinal);
        Assert.DoesNotContain("short-token-9f8e", error, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Production_with_every_secret_set_starts(TestDatabase db)
    {
        await using var factory = await NeravaApiFactory.CreateAsync(db, ProductionSettings(db));
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var response = await production.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A complete production configuration (live SMS and Smartcar) on <paramref name="db"/>.</summary>
    private static Dictionary<string, string?> ProductionSettings(TestDatabase db) => new()
    {
        ["Notifications:Channel"] = "Live",
        ["Database:SeedDemoData"] = "false",
        ["Database:MigrateOnStart"] = "true",
        ["Twilio:WebhookUrl"] = "https://api.nerava.example/v1/webhooks/twilio/sms",
        ["Smartcar:Mode"] = "Live",
        ["Smartcar:ClientId"] = "nerava-production-test",
        ["Smartcar:ClientSecret"] = "smartcar-client-secret-for-tests-0123",
        ["Smartcar:WebhookSecret"] = "smartcar-management-token-for-tests-0123",
        ["Smartcar:PublicBaseUrl"] = db == TestDatabase.Postgres ? "https://api.nerava.example" : "https://sqlite.nerava.example",
    };

    private static async Task<string> StartFailureAsync(TestDatabase db, Dictionary<string, string?> overrides)
    {
        var settings = ProductionSettings(db);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        await using var factory = await NeravaApiFactory.CreateAsync(db, settings);
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());
        return Messages(error);
    }

    private static string Messages(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(Environment.NewLine, aggregate.InnerExceptions.Select(Messages))
            : error.Message + (error.InnerException is { } inner ? Environment.NewLine + Messages(inner) : "");
}
