using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Nerava.Api.Hosting.Secrets;

namespace Nerava.Api.Features.Auth;

/// <summary>
/// The secret behind JWTs and OTP hashes: Auth:SigningKey, shared by every instance. Production must set it; the
/// embedded default and Development generate one on first run and keep it in the data folder (SecretsSetup).
/// </summary>
public sealed class SigningKeyProvider
{
    public SigningKeyProvider(IOptions<AuthOptions> auth)
    {
        var configured = auth.Value.SigningKey;
        if (SecretRules.Problem("Auth:SigningKey", configured, ProductionSecrets.SigningKeyMinLength) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        Key = Encoding.UTF8.GetBytes(configured.Trim());
    }

    public byte[] Key { get; }

    public string Hash(string purpose, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes($"{purpose}:{value}")));
}
