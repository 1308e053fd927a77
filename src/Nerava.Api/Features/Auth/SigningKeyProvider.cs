using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;

namespace Nerava.Api.Features.Auth;

/// <summary>
/// The secret behind JWTs and OTP hashes. Production sets Auth:SigningKey (shared by every instance);
/// the embedded default generates one once and keeps it beside its SQLite file so logins survive restarts.
/// </summary>
public sealed class SigningKeyProvider
{
    public SigningKeyProvider(IOptions<AuthOptions> auth, IOptions<DatabaseOptions> db, IHostEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(auth.Value.SigningKey))
        {
            Key = Encoding.UTF8.GetBytes(auth.Value.SigningKey);
        }
        else if (db.Value.Provider == DatabaseProvider.Sqlite)
        {
            Key = LoadOrCreate(Path.Combine(db.Value.ResolveDataDirectory(env.ContentRootPath), "signing.key"));
        }
        else
        {
            throw new InvalidOperationException("Auth:SigningKey (env Auth__SigningKey) must be set when running on PostgreSQL.");
        }

        if (Key.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes.");
        }
    }

    public byte[] Key { get; }

    public string Hash(string purpose, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes($"{purpose}:{value}")));

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(48);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}
