using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Admin;

public enum AdminLoginOutcome { Ok, Invalid, Locked }

/// <summary>Operator accounts: created by the <c>admin create</c> command, hashed with ASP.NET Core's password hasher.</summary>
public sealed class AdminAccounts(NeravaDbContext db, IPasswordHasher<AdminAccount> hasher, IOptions<AdminOptions> options, TimeProvider clock)
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

    public async Task<(AdminLoginOutcome Outcome, AdminAccount? Account)> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var normalized = email.Trim().ToLowerInvariant();
        var account = await db.AdminAccounts.SingleOrDefaultAsync(a => a.Email == normalized, ct);
        // Hash even for an unknown email so it takes as long as a wrong password.
        var verified = account is not null && hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
        if (account is null)
        {
            hasher.HashPassword(new AdminAccount { Email = "", PasswordHash = "" }, password);
            return (AdminLoginOutcome.Invalid, null);
        }

        if (account.LockedUntil > now)
        {
            return (AdminLoginOutcome.Locked, null);
        }

        if (!verified || account.DisabledAt is not null)
        {
            var lockNow = account.FailedLogins + 1 >= options.Value.MaxFailedLogins;
            if (lockNow)
            {
                DateTimeOffset? until = now + options.Value.LockoutDuration;
                await db.AdminAccounts.Where(a => a.Id == account.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedLogins, 0).SetProperty(a => a.LockedUntil, until), ct);
            }
            else
            {
                // Incremented in SQL so parallel guesses each count.
                await db.AdminAccounts.Where(a => a.Id == account.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedLogins, a => a.FailedLogins + 1), ct);
            }

            return (lockNow ? AdminLoginOutcome.Locked : AdminLoginOutcome.Invalid, null);
        }

        if (account.FailedLogins > 0)
        {
            await db.AdminAccounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedLogins, 0), ct);
        }

        return (AdminLoginOutcome.Ok, account);
    }

    /// <summary>A random password for an account created without one: 24 URL-safe characters (144 bits).</summary>
    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
