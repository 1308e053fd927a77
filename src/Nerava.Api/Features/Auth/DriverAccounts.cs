using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Auth;

/// <summary>Finds or creates the driver behind a verified phone.</summary>
public sealed class DriverAccounts(NeravaDbContext db, TimeProvider clock)
{
    public async Task<Driver> GetOrCreateAsync(string phone, CancellationToken ct)
    {
        var existing = await db.Drivers.SingleOrDefaultAsync(d => d.Phone == phone, ct);
        if (existing is not null)
        {
            return existing;
        }

        var driver = new Driver { Id = Guid.NewGuid(), Phone = phone, CreatedAt = clock.GetUtcNow() };
        db.Drivers.Add(driver);
        try
        {
            await db.SaveChangesAsync(ct);
            return driver;
        }
        catch (DbUpdateException)
        {
            // Two first logins raced; the unique phone index kept one.
            db.Entry(driver).State = EntityState.Detached;
            return await db.Drivers.SingleAsync(d => d.Phone == phone, ct);
        }
    }
}
