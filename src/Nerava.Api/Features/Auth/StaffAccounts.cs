using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Auth;

/// <summary>Merchant staff credentials, hashed with ASP.NET Core's password hasher.</summary>
public sealed class StaffAccounts(NeravaDbContext db, IPasswordHasher<MerchantStaff> hasher)
{
    public async Task<MerchantStaff?> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var staff = await db.MerchantStaff.SingleOrDefaultAsync(s => s.Email == normalized, ct);
        if (staff is null)
        {
            // Hash anyway so an unknown email takes as long as a wrong password.
            hasher.HashPassword(new MerchantStaff { MerchantId = "", Email = "", Name = "", PasswordHash = "" }, password);
            return null;
        }

        // An invited account has no password yet; a disabled one may not log in.
        var verified = staff.PasswordHash.Length > 0
                       && hasher.VerifyHashedPassword(staff, staff.PasswordHash, password) != PasswordVerificationResult.Failed;
        return verified && staff.DisabledAt is null ? staff : null;
    }

    public Task<string?> MerchantOfAsync(Guid staffId, CancellationToken ct) =>
        db.MerchantStaff.Where(s => s.Id == staffId).Select(s => (string?)s.MerchantId).SingleOrDefaultAsync(ct);
}
