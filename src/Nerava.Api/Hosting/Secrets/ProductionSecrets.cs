using Nerava.Api.Data;
using Nerava.Api.Features.Smartcar;

namespace Nerava.Api.Hosting.Secrets;

/// <summary>
/// The secrets production must be given, with the least length each must have: the JWT/OTP signing key, the Twilio
/// auth token (and the public URL its signatures cover), the Smartcar client secret and application management token
/// (unless Smartcar is simulated), and the key that encrypts the data-protection key ring at rest.
/// </summary>
public static class ProductionSecrets
{
    public const int SigningKeyMinLength = 32;
    public const int TwilioAuthTokenMinLength = 32;
    public const int SmartcarSecretMinLength = 16;
    public const int KeyEncryptionKeyMinLength = 32;

    public static IReadOnlyList<string> Problems(IConfiguration config)
    {
        var problems = new List<string?>
        {
            SecretRules.Problem("Auth:SigningKey", config["Auth:SigningKey"], SigningKeyMinLength),
            SecretRules.Problem("Twilio:AuthToken", config["Twilio:AuthToken"], TwilioAuthTokenMinLength),
            PublicUrlProblem("Twilio:WebhookUrl", config["Twilio:WebhookUrl"]),
            SecretRules.Problem(DataProtectionSetup.KeyEncryptionKeyName, config[DataProtectionSetup.KeyEncryptionKeyName], KeyEncryptionKeyMinLength),
        };
        if (!SmartcarSetup.IsSimulated(config))
        {
            problems.Add(SecretRules.Problem("Smartcar:ClientSecret", config["Smartcar:ClientSecret"], SmartcarSecretMinLength));
            problems.Add(SecretRules.Problem("Smartcar:WebhookSecret", config["Smartcar:WebhookSecret"], SmartcarSecretMinLength));
        }

        return problems.OfType<string>().ToList();
    }

    private static string? PublicUrlProblem(string key, string? value) =>
        !SecretRules.IsMissingOrPlaceholder(value) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? null
            : $"{key} (env {key.Replace(":", "__", StringComparison.Ordinal)}) must be the absolute public URL Twilio posts replies to " +
              "(its signature covers that URL).";
}
