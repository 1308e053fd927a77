using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

public enum StoreOutcome { Applied, Rejected, Raced }

public sealed record StoreResult(StoreOutcome Outcome, TransitionResult? Transition = null);

/// <summary>
/// Loads sessions by owner and applies transitions as guarded updates: the status is a concurrency token, so the
/// UPDATE only matches the status we read, and outbox rows added to the same context commit in the same transaction.
/// </summary>
public sealed class SessionStore(NeravaDbContext db, TimeProvider clock)
{
    public Task<ArrivalSessionRow?> FindForDriverAsync(Guid id, Guid driverId, CancellationToken ct) =>
        db.Sessions.SingleOrDefaultAsync(s => s.Id == id && s.DriverId == driverId, ct);

    public Task<ArrivalSessionRow?> FindForMerchantAsync(Guid id, string merchantId, CancellationToken ct) =>
        db.Sessions.SingleOrDefaultAsync(s => s.Id == id && s.MerchantId == merchantId, ct);

    /// <summary>The driver's own session, expired on the way if due: the row, or the problem to answer (404 or 410).</summary>
    public async Task<(ArrivalSessionRow? Row, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> OpenForDriverAsync(
        Guid id, Guid driverId, CancellationToken ct)
    {
        var row = await FindForDriverAsync(id, driverId, ct);
        if (row is null)
        {
            return (null, TransitionProblems.NotFound());
        }

        return await ExpireIfDueAsync(row, ct) ? (null, TransitionProblems.Expired()) : (row, null);
    }

    public static SessionStatus StatusOf(ArrivalSessionRow row) =>
        SessionStatusNames.TryParse(row.Status, out var status)
            ? status
            : throw new InvalidOperationException($"Session {row.Id} has unknown status '{row.Status}'.");

    /// <summary>Expires the session when its deadline (see ExpiryRule) has passed. True when it is now expired.</summary>
    public async Task<bool> ExpireIfDueAsync(ArrivalSessionRow row, CancellationToken ct)
    {
        var status = StatusOf(row);
        if (status == SessionStatus.Expired)
        {
            return true;
        }

        if (!SessionExpiry.IsDue(status, row.CreatedAt, row.ExpiresAt, clock.GetUtcNow(), row.GeofenceEnteredAt,
                row.SmartcarLastLocationAt, row.SmartcarEtaMinutes))
        {
            return false;
        }

        var result = await ApplyAsync(row, SessionTrigger.Expire, _ => { }, ct);
        return result.Outcome == StoreOutcome.Applied || StatusOf(row) == SessionStatus.Expired;
    }

    /// <summary>
    /// Applies <paramref name="trigger"/> through the domain's transition table; <paramref name="mutate"/> sets the
    /// fields that go with it (and may enqueue outbox rows). On a lost race the row is reloaded and Raced returned.
    /// </summary>
    public async Task<StoreResult> ApplyAsync(ArrivalSessionRow row, SessionTrigger trigger, Action<ArrivalSessionRow> mutate,
        CancellationToken ct)
    {
        var transition = SessionTransitions.Apply(StatusOf(row), trigger);
        if (!transition.Accepted)
        {
            return new StoreResult(StoreOutcome.Rejected, transition);
        }

        row.Status = SessionStatusNames.ToWire(transition.To);
        mutate(row);
        return await SaveGuardedAsync(row, ct) ? new StoreResult(StoreOutcome.Applied, transition) : new StoreResult(StoreOutcome.Raced);
    }

    /// <summary>Saves tracked changes; false (after reloading the row and dropping pending outbox rows) when another writer won.</summary>
    public async Task<bool> SaveGuardedAsync(ArrivalSessionRow row, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            await db.Entry(row).ReloadAsync(ct);
            return false;
        }
    }

    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is Npgsql.PostgresException { SqlState: "23505" }
        || ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };
}
