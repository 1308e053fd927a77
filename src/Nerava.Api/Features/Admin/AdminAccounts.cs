using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Admin;

/// <summary>Operator accounts: created by the <c>admin create</c> command, hashed with ASP.NET Core's password hasher.</summary>
public sealed class AdminAccounts(NeravaDbContext db, IPasswordHasher<AdminAccount> hasher, TimeProvider clock)
{
    public const int MinPasswordLength = 12;

    /// <summary>The new account, or null when the email is taken.</summary>
    public async Task<AdminAccount?> CreateAsync(string email, string password, CancellationToken ct)
    {
        var normalized = email.Trim().ToLowerInvariant();
        if (await db.AdminAccounts.AnyAsync(a => a.Email == normalized, ct))
        {
            return null;
        }

        var account = new AdminAccount { Id = Guid.NewGuid(), Email = normalized, PasswordHash = "", CreatedAt = clock.GetUtcNow() };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.AdminAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        return account;
    }

    /// <summary>The account when the password is right and the account enabled; null otherwise (the caller counts the attempt first).</summary>
    public async Task<AdminAccount?> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var account = await db.AdminAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == normalized, ct);
        if (account is null)
        {
            // Hash even for an unknown email so it takes as long as a wrong password.
            hasher.HashPassword(new AdminAccount { Email = "", PasswordHash = "" }, password);
            return null;
        }

        var verified = hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
        return verified && account.DisabledAt is null ? account : null;
    }

    /// <summary>A random password for an account created without one: 24 URL-safe characters (144 bits).</summary>
    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
