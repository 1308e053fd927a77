using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Nerava.Api.Data;

/// <summary>The AES-256 key that wraps the data-protection key ring, derived from the configured secret.</summary>
public sealed class KeyEncryptionKey
{
    public KeyEncryptionKey(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        Key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret.Trim()), 32, info: "nerava/data-protection/kek"u8.ToArray());
        // Names the key in each wrapped element, so a wrong key fails with a message instead of garbage.
        Id = Convert.ToHexStringLower(SHA256.HashData(Key)[..8]);
    }

    public byte[] Key { get; }

    public string Id { get; }
}

/// <summary>Wraps each data-protection key element with AES-256-GCM.</summary>
public sealed class KeyRingEncryptor(KeyEncryptionKey kek) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var ciphertext = new byte[plaintext.Length];
        using (var aes = new AesGcm(kek.Key, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        var element = new XElement("encryptedKey", new XAttribute("kek", kek.Id), Convert.ToBase64String([.. nonce, .. tag, .. ciphertext]));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Unwraps what <see cref="KeyRingEncryptor"/> wrapped; created by Data Protection with the app's services.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var kek = services.GetService<KeyEncryptionKey>()
            ?? throw new InvalidOperationException("The data-protection key ring is encrypted but DataProtection:KeyEncryptionKey is not set.");
        if (!string.Equals((string?)encryptedElement.Attribute("kek"), kek.Id, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The data-protection key ring was encrypted with a different DataProtection:KeyEncryptionKey.");
        }

        var blob = Convert.FromBase64String(encryptedElement.Value);
        var (nonceSize, tagSize) = (AesGcm.NonceByteSizes.MaxSize, AesGcm.TagByteSizes.MaxSize);
        var plaintext = new byte[blob.Length - nonceSize - tagSize];
        using (var aes = new AesGcm(kek.Key, tagSize))
        {
            aes.Decrypt(blob.AsSpan(0, nonceSize), blob.AsSpan(nonceSize + tagSize), blob.AsSpan(nonceSize, tagSize), plaintext);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
