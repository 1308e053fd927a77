using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Notifications;
using Nerava.Api.Features.Realtime;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// The one door a session changes through. <see cref="ApplyAsync"/> asks the caller's decision for a
/// <see cref="SessionChange"/> against the row as read, lets the domain's transition table accept or reject its trigger,
/// writes the row, its outbox messages and satellite rows in one transaction as a guarded update (the status and the
/// fired/heads-up stamps are concurrency tokens), and after commit publishes the live update and records analytics. When
/// a background job changed the row first, the row is re-read and the decision re-made, a few times, so a valid action
/// never fails because the dispatcher or the tracker touched the session.
/// </summary>
public sealed class SessionStore(NeravaDbContext db, OutboxWriter outbox, SessionBroadcaster broadcaster, AnalyticsSink analytics,
    NeravaMetrics metrics, TimeProvider clock, ILogger<SessionStore> logger)
{
    /// <summary>Attempts before a lost race is reported (each re-reads the row); real contention on one session is rare.</summary>
    public const int MaxAttempts = 5;

    // Whether the last commit released a queued order (the store is scoped: one request or job at a time).
    private bool _released;

    public Task<ArrivalSessionRow?> FindForDriverAsync(Guid id, Guid driverId, CancellationToken ct) =>
        SessionQueries.ForDriver(db, id, driverId, ct);

    public Task<ArrivalSessionRow?> FindForMerchantAsync(Guid id, string merchantId, CancellationToken ct) =>
        SessionQueries.ForMerchant(db, id, merchantId, ct);

    /// <summary>The driver's own session, expired on the way if due: the row, or the problem to answer (404 or 410).</summary>
    public async Task<(ArrivalSessionRow? Row, ProblemHttpResult? Problem)> OpenForDriverAsync(Guid id, Guid driverId, CancellationToken ct)
    {
        var row = await FindForDriverAsync(id, driverId, ct);
        if (row is null)
        {
            return (null, TransitionProblems.NotFound());
        }

        return await ExpireIfDueAsync(row, ct) ? (null, TransitionProblems.Expired()) : (row, null);
    }

    /// <summary>Expires the session when its deadline (see ExpiryRule) has passed. True when it is now expired.</summary>
    public async Task<bool> ExpireIfDueAsync(ArrivalSessionRow row, CancellationToken ct)
    {
        await ApplyAsync(row, (r, _) => Task.FromResult(SessionDecisions.ExpireIfDue(r, clock.GetUtcNow())), ct);
        return row.Status == SessionStatus.Expired;
    }

    /// <summary>THE door: see the class summary. <paramref name="decide"/> may run more than once, each time on a fresh row.</summary>
    public async Task<ApplyResult> ApplyAsync(ArrivalSessionRow row, Func<ArrivalSessionRow, CancellationToken, Task<SessionChange>> decide,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var change = await decide(row, ct);
            if (change.Refusal is { } refusal)
            {
                return new ApplyResult(ApplyOutcome.Refused, Refusal: refusal);
            }

            var transition = change.Trigger is { } trigger ? SessionTransitions.Apply(row.Status, trigger) : null;
            if (transition is { Accepted: false })
            {
                return new ApplyResult(ApplyOutcome.Rejected, transition);
            }

            if (change.IsNone)
            {
                return new ApplyResult(ApplyOutcome.Unchanged);
            }

            if (await TryCommitAsync(row, change, transition, ct))
            {
                await AfterCommitAsync(row, change, transition, ct);
                return new ApplyResult(ApplyOutcome.Applied, transition);
            }

            if (attempt == MaxAttempts)
            {
                logger.LogWarning("Session {SessionId} kept changing under {Trigger}; gave up after {Attempts} attempts", row.Id,
                    change.Trigger, attempt);
                return new ApplyResult(ApplyOutcome.Raced);
            }

            logger.LogInformation("Session {SessionId} changed while applying {Trigger}; re-reading and re-applying", row.Id, change.Trigger);
        }
    }

    /// <summary>Sessions created before the driver set a vehicle (vehicle_required) get it, while still before arrival.</summary>
    public Task<int> FillMissingVehicleAsync(Guid driverId, string color, string model, string? plate, CancellationToken ct) =>
        db.Sessions.Where(s => s.DriverId == driverId
                               && (s.Status == SessionStatus.PendingOrder || s.Status == SessionStatus.AwaitingArrival)
                               && (s.VehicleColor == null || s.VehicleModel == null || s.VehiclePlate == null))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.VehicleColor, s => s.VehicleColor ?? color)
                .SetProperty(s => s.VehicleModel, s => s.VehicleModel ?? model).SetProperty(s => s.VehiclePlate, s => s.VehiclePlate ?? plate), ct);

    private async Task<bool> TryCommitAsync(ArrivalSessionRow row, SessionChange change, TransitionResult? transition, CancellationToken ct)
    {
        // The transition's span: the outbox rows queued here carry it, so their later sends join this trace.
        using var span = transition is null ? null : NeravaTracing.Transition(row.Id, SessionStatusNames.ToWire(transition.From), SessionStatusNames.ToWire(transition.To));
        if (transition is not null)
        {
            SessionRowWriter.SetStatus(row, transition);
        }

        foreach (var fact in change.Facts)
        {
            SessionRowWriter.Apply(db, row, fact);
        }

        foreach (var m in change.Messages)
        {
            // One row per (session, kind, channel): even a bug deciding twice cannot text the kitchen twice; and a
            // merchant's text is exactly once across crashes too (a marker Twilio's list is searched for before a re-send).
            outbox.Enqueue($"session:{row.Id}:{m.Kind}:{m.Channel}", row.Id, m.Kind, m.Channel, m.To, m.Subject, m.Body,
                DeliveryGuarantee.ExactlyOnce);
        }

        // No savepoint around SaveChanges (two more round trips): on any failure the whole transaction is rolled back.
        db.Database.AutoSavepointsEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            _released = await SessionEffectsWriter.ApplyAsync(db, row.Id, change.Effects, clock.GetUtcNow(), ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex))
        {
            await tx.RollbackAsync(ct);
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            await db.Entry(row).ReloadAsync(ct);
            return false;
        }
    }

    private async Task AfterCommitAsync(ArrivalSessionRow row, SessionChange change, TransitionResult? transition, CancellationToken ct)
    {
        if (transition?.To == SessionStatus.Arrived)
        {
            metrics.Arrival(row.ArrivalSource, row.ArrivalConfidence);
        }

        var who = row.DriverId.ToString();
        foreach (var evt in change.Events)
        {
            analytics.Capture(evt with { Properties = WithSession(row.Id, evt.Properties) }, who);
        }

        if (_released)
        {
            analytics.Capture(new AnalyticsEvent(AnalyticsEvents.QueuedOrderReleased,
                new Dictionary<string, object?> { ["session_id"] = row.Id, ["merchant_id"] = row.MerchantId }), who);
        }

        await broadcaster.PublishAsync(row, ct);
    }

    private static Dictionary<string, object?> WithSession(Guid id, IReadOnlyDictionary<string, object?>? properties) =>
        new(properties ?? new Dictionary<string, object?>()) { ["session_id"] = id };
}
