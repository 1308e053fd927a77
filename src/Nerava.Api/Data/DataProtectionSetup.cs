using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Nerava.Api.Hosting.Secrets;

namespace Nerava.Api.Data;

/// <summary>
/// ASP.NET Core Data Protection (it encrypts Smartcar tokens): one key ring in the database, shared by every instance,
/// itself encrypted at rest with <c>DataProtection:KeyEncryptionKey</c> so a database dump alone decrypts nothing.
/// </summary>
public static class DataProtectionSetup
{
    public const string KeyEncryptionKeyName = "DataProtection:KeyEncryptionKey";

    public static WebApplicationBuilder AddNeravaDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("nerava").PersistKeysToDbContext<NeravaDbContext>();
        var secret = builder.Configuration[KeyEncryptionKeyName];
        if (!SecretRules.IsMissingOrPlaceholder(secret))
        {
            var kek = new KeyEncryptionKey(secret!);
            builder.Services.AddSingleton(kek);
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new KeyRingEncryptor(kek));
        }

        return builder;
    }
}
