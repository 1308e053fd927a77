using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Nerava.Ocpp.Security;

/// <summary>
/// Issues and checks charge point AuthorizationKeys. A key is 20 printable characters (120 random bits; OCPP allows
/// 16–20 bytes), shown once; only a salted PBKDF2 hash is stored and checked in fixed time (J16 §6.2.2).
/// </summary>
public static class AuthorizationKeys
{
    private const int Iterations = 20_000;
    private const string Scheme = "pbkdf2-sha256";

    public static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Hash(Encoding.UTF8.GetBytes(key));

    public static string Hash(byte[] key)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(key, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static bool Verify(byte[] presented, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(presented, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
