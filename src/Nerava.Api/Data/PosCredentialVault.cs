using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.Data;

/// <summary>A merchant's POS access, decrypted for one lookup only.</summary>
public sealed record PosCredentials(string Provider, string AccessToken, string? ExternalId);

/// <summary>
/// Per-merchant POS tokens at rest: Data Protection ciphertext (keys shared by all instances, in the database), written by
/// the admin API and read by the POS lookup. No endpoint ever returns a token.
/// </summary>
public sealed class PosCredentialVault(NeravaDbContext db, IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Nerava.Pos.Credentials.v1");

    public string Protect(string token) => _protector.Protect(token);

    public async Task<PosCredentials?> FindAsync(string merchantId, CancellationToken ct)
    {
        var row = await db.MerchantPosCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.MerchantId == merchantId, ct);
        return row is null ? null : new PosCredentials(row.Provider, _protector.Unprotect(row.ProtectedAccessToken), row.ExternalId);
    }
}
