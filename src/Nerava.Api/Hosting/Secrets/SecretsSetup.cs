using Nerava.Api.Data;
using Nerava.Api.Features.Notifications;

namespace Nerava.Api.Hosting.Secrets;

/// <summary>
/// Start-up rules for secrets. Outside the embedded default and Development every secret comes from the environment
/// or a secret store, and a missing, placeholder or short one stops start-up with a message naming it
/// (<see cref="ProductionSecrets"/>). The embedded default and Development generate what is missing, once, into the
/// data folder (<see cref="LocalSecrets"/>).
/// </summary>
public static class SecretsSetup
{
    /// <summary>Generated secrets: configuration key → file name in the data folder.</summary>
    private static readonly (string Key, string File)[] Generated =
    [
        ("Auth:SigningKey", "signing.key"),
        ("Twilio:AuthToken", "twilio-auth-token.secret"),
        (DataProtectionSetup.KeyEncryptionKeyName, "data-protection-kek.secret"),
    ];

    public static WebApplicationBuilder AddNeravaSecrets(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        if (MayGenerate(config, builder.Environment))
        {
            var local = LocalSecrets.For(config, builder.Environment);
            var values = Generated.Where(g => SecretRules.IsMissingOrPlaceholder(config[g.Key]))
                .ToDictionary(g => g.Key, g => (string?)local.GetOrCreate(g.File));
            config.AddInMemoryCollection(values);
            return builder;
        }

        // The migrate command applies migrations and exits: it serves nothing and signs nothing.
        var problems = Environment.GetCommandLineArgs().Skip(1).Contains("migrate", StringComparer.Ordinal) ? [] : ProductionSecrets.Problems(config);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "Refusing to start: outside the embedded default and Development every secret must be set (environment or secret store), " +
                "and these are not:" + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}")) +
                $"{Environment.NewLine}See README \"Production\" for each one.");
        }

        return builder;
    }

    /// <summary>The embedded default and Development make their own secrets; everything else must be given them.</summary>
    public static bool MayGenerate(IConfiguration config, IHostEnvironment env) => env.IsDevelopment() || IsEmbeddedDefault(config);

    /// <summary>One SQLite file and a dev outbox: nothing reaches the outside world.</summary>
    public static bool IsEmbeddedDefault(IConfiguration config) =>
        (config.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite) == DatabaseProvider.Sqlite
        && (config.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>()?.Channel ?? DeliveryMode.DevOutbox) == DeliveryMode.DevOutbox;
}
