using Microsoft.AspNetCore.DataProtection;

namespace Nerava.Api.Features.Smartcar;

/// <summary>
/// Smartcar tokens at rest: encrypted with ASP.NET Core Data Protection, whose keys live in the database so every
/// instance can read what another wrote. A database dump holds ciphertext only.
/// </summary>
public sealed class TokenVault(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Nerava.Smartcar.Tokens.v1");

    public string Protect(string token) => _protector.Protect(token);

    public string Unprotect(string protectedToken) => _protector.Unprotect(protectedToken);
}
