using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Smartcar;

/// <summary>
/// The Connect <c>state</c>: 256 random bits, stored as a hash, bound to the driver who asked, single use, 10 minutes.
/// The seed used the user id as state, which let anyone link their car to someone else's account.
/// </summary>
public sealed class OAuthStateStore(NeravaDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<string> IssueAsync(Guid driverId, CancellationToken ct)
    {
        var state = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        db.OAuthStates.Add(new OAuthState { Id = Guid.NewGuid(), StateHash = Hash(state), DriverId = driverId, CreatedAt = now, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(ct);
        return state;
    }

    /// <summary>The driver the state was issued to, or null when it is unknown, expired or already used.</summary>
    public async Task<Guid?> ConsumeAsync(string? state, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(state) || state.Length > 200)
        {
            return null;
        }

        var hash = Hash(state);
        var now = clock.GetUtcNow();
        var row = await db.OAuthStates.AsNoTracking().SingleOrDefaultAsync(s => s.StateHash == hash, ct);
        if (row is null || row.ConsumedAt is not null || row.ExpiresAt <= now)
        {
            return null;
        }

        var won = await db.OAuthStates.Where(s => s.Id == row.Id && s.ConsumedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConsumedAt, now), ct);
        return won == 1 ? row.DriverId : null;
    }

    private static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
