using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Auth.Limits;

/// <summary>
/// Limits in the database. Sliding windows: an action first commits its event rows, then counts; when a window holds
/// more than its limit it deletes its own rows and is refused. Of any set of racing actions the last to count sees all
/// the others, so no more than the limit ever pass. Logins: compare-and-set on the throttle row's version.
/// </summary>
public sealed class DatabaseLimitStore(NeravaDbContext db) : ILimitStore
{
    private const int MaxCasRounds = 40;

    public async Task<RateReservation> ReserveAsync(IReadOnlyList<RateLimit> limits, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var events = limits.Select(l => new RateEvent { Id = Guid.NewGuid(), Key = l.Key, At = now }).ToList();
        db.RateEvents.AddRange(events);
        await db.SaveChangesAsync(ct);
        foreach (var limit in limits)
        {
            var since = now - limit.Window;
            // One read: the count and the times it needs come from the same snapshot while others come and go.
            var times = await db.RateEvents.Where(e => e.Key == limit.Key && e.At > since).OrderBy(e => e.At).Select(e => e.At).ToListAsync(ct);
            if (times.Count <= limit.Limit)
            {
                continue;
            }

            // Ours is the newest; the slot frees when the oldest event beyond the limit leaves the window.
            var freesAt = times[times.Count - 1 - limit.Limit];
            var ids = events.Select(e => e.Id).ToList();
            await db.RateEvents.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
            db.ChangeTracker.Clear();
            return RateReservation.Refused(limit.Key, freesAt + limit.Window - now);
        }

        db.ChangeTracker.Clear();
        return new RateReservation(true, TimeSpan.Zero, null, [.. events.Select(e => e.Id.ToString())]);
    }

    public async Task ReleaseAsync(RateReservation reservation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var ids = reservation.Tokens.Select(Guid.Parse).ToList();
        if (ids.Count > 0)
        {
            await db.RateEvents.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
        }
    }

    public async Task<LoginDecision> ReserveLoginAsync(string key, LoginLimitOptions options, DateTimeOffset now, CancellationToken ct)
    {
        // A row for every key tried, known account or not: both behave alike.
        object stamp = db.IsPostgres ? now : now.UtcTicks;
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO login_throttles (\"key\", attempts, strikes, locked_until, updated_at, version) VALUES ({0}, 0, 0, NULL, {1}, 0) " +
            "ON CONFLICT (\"key\") DO NOTHING", [key, stamp], ct);
        for (var round = 0; round < MaxCasRounds; round++)
        {
            var row = await db.LoginThrottles.AsNoTracking().SingleAsync(t => t.Key == key, ct);
            var decision = LoginLockout.Reserve(new LoginThrottleState(row.Attempts, row.Strikes, row.LockedUntil, row.UpdatedAt), now, options);
            if (!decision.Allowed || await TrySetAsync(key, row.Version, decision.Next!, ct))
            {
                return decision;
            }
        }

        // Heavy contention on one account is an attack: the losers wait a moment.
        return LoginDecision.Locked(TimeSpan.FromSeconds(1));
    }

    public Task ResetLoginAsync(string key, DateTimeOffset now, CancellationToken ct) =>
        db.LoginThrottles.Where(t => t.Key == key).ExecuteUpdateAsync(u => u
            .SetProperty(t => t.Attempts, 0).SetProperty(t => t.Strikes, 0).SetProperty(t => t.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.Version, t => t.Version + 1), ct);

    private async Task<bool> TrySetAsync(string key, long version, LoginThrottleState next, CancellationToken ct) =>
        await db.LoginThrottles.Where(t => t.Key == key && t.Version == version).ExecuteUpdateAsync(u => u
            .SetProperty(t => t.Attempts, next.Attempts).SetProperty(t => t.Strikes, next.Strikes).SetProperty(t => t.LockedUntil, next.LockedUntil)
            .SetProperty(t => t.UpdatedAt, next.UpdatedAt).SetProperty(t => t.Version, version + 1), ct) == 1;
}
