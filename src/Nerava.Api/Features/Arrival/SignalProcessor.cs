using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Realtime;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

public sealed record SignalResult(bool Raced, string? RejectCode, double? DistanceM, bool Arrived, IReadOnlyList<string> FireChannels)
{
    public PolicyOutcome? Outcome { get; init; }
}

/// <summary>
/// The one path every signal takes (check-in, Smartcar poll or webhook, charger): the domain's ArrivalPolicy decides,
/// this class applies the decisions to the row and the outbox in one guarded save, then publishes.
/// </summary>
public sealed class SignalProcessor(NeravaDbContext db, SessionStore store, MerchantNotifier notifier, SessionBroadcaster broadcaster,
    AnalyticsSink analytics, CatalogCache catalog, TimeProvider clock)
{
    private static readonly JsonSerializerOptions MemoryJson = new(JsonSerializerDefaults.Web);

    public async Task<SignalResult> ProcessAsync(ArrivalSessionRow row, Signal signal, string? checkInChargerId, CancellationToken ct)
    {
        var chargerId = checkInChargerId ?? row.ChargerId;
        var (snapshot, merchant, charger) = await SnapshotAsync(row, chargerId, ct);

        var outcome = ArrivalPolicy.Evaluate(snapshot, signal, ArrivalPolicyOptions.Default);
        if (outcome.Decisions.OfType<RejectSignal>().FirstOrDefault() is { } reject)
        {
            return new SignalResult(false, reject.ErrorCode, reject.DistanceM ?? outcome.DistanceM, false, []) { Outcome = outcome };
        }

        var now = clock.GetUtcNow();
        RecordReadings(row, signal, outcome);
        var arrived = false;
        var channels = new List<string>();
        foreach (var decision in outcome.Decisions)
        {
            switch (decision)
            {
                case MarkArrived mark:
                    arrived = MarkArrived(row, signal, mark, chargerId, now);
                    break;
                case FireKitchen fire when row.KitchenFiredAt is null:
                    channels.AddRange(notifier.QueueFire(row, merchant, charger?.Name, fire.Reason != FireReason.Arrival));
                    row.KitchenFiredAt = now;
                    row.ChargeCompletedAt = fire.Reason == FireReason.Arrival ? row.ChargeCompletedAt : now;
                    break;
                case SendHeadsUp headsUp when row.HeadsUpSentAt is null:
                    notifier.QueueHeadsUp(row, merchant, MerchantNotifier.HeadsUpKind, MerchantMessages.HeadsUpSms(row, headsUp.EtaMinutes));
                    row.HeadsUpSentAt = now;
                    break;
                case SendChargeHeadsUp charge:
                    notifier.QueueHeadsUp(row, merchant, MerchantNotifier.ChargeHeadsUpKind, MerchantMessages.ChargeHeadsUpSms(row, charge.MinutesToTarget));
                    break;
            }
        }

        if (arrived)
        {
            await ReleaseQueuedOrderAsync(row.Id, now, ct);
        }

        if (!await store.SaveGuardedAsync(row, ct))
        {
            return new SignalResult(true, null, outcome.DistanceM, false, []) { Outcome = outcome };
        }

        Publish(row, signal, arrived, outcome.DistanceM, channels);
        await broadcaster.PublishAsync(row, ct);
        return new SignalResult(false, null, outcome.DistanceM, arrived, channels) { Outcome = outcome };
    }

    /// <summary>
    /// The tracking engine's fast path. When the policy decides nothing for a polled signal (the common case: the car
    /// moved, nothing happened), records the readings on the row, unsaved, and returns the outcome; the caller writes
    /// many such rows at once and publishes them. Null: something happens, so the signal must go through ProcessAsync.
    /// </summary>
    public async Task<PolicyOutcome?> TryRecordQuietlyAsync(ArrivalSessionRow row, Signal signal, CancellationToken ct)
    {
        var (snapshot, _, _) = await SnapshotAsync(row, row.ChargerId, ct);
        var outcome = ArrivalPolicy.Evaluate(snapshot, signal, ArrivalPolicyOptions.Default);
        if (outcome.Decisions.Count > 0)
        {
            return null;
        }

        RecordReadings(row, signal, outcome);
        return outcome;
    }

    /// <summary>What the policy (and the poll cadence) sees of a session: status, destination, trigger, memory.</summary>
    public async Task<(SessionSnapshot Snapshot, Merchant Merchant, Charger? Charger)> SnapshotAsync(ArrivalSessionRow row, string? chargerId,
        CancellationToken ct)
    {
        var merchant = await catalog.MerchantAsync(row.MerchantId, ct)
            ?? throw new InvalidOperationException($"Session {row.Id} names an unknown merchant.");
        var charger = chargerId is null ? null : await catalog.ChargerAsync(chargerId, ct);
        var destination = charger is null ? new GeoPoint(merchant.Lat, merchant.Lng) : new GeoPoint(charger.Lat, charger.Lng);
        var afterCharge = row.SmartcarEnabled && (row.ChargeCompleteTrigger || row.TargetSocPercent is not null);
        var snapshot = new SessionSnapshot(SessionStore.StatusOf(row), destination, afterCharge ? FireTrigger.AfterCharge : FireTrigger.OnArrival,
            row.TargetSocPercent, TimeSpan.FromMinutes(merchant.PrepMinutes), row.KitchenFiredAt is not null, row.HeadsUpSentAt is not null,
            ReadMemory(row))
        { ChargerId = row.ChargerId };
        return (snapshot, merchant, charger);
    }

    private static bool MarkArrived(ArrivalSessionRow row, Signal signal, MarkArrived mark, string? chargerId, DateTimeOffset now)
    {
        var transition = SessionTransitions.Apply(SessionStore.StatusOf(row), SessionTrigger.ArrivalVerified);
        if (!transition.Accepted)
        {
            return false;
        }

        row.Status = SessionStatusNames.ToWire(transition.To);
        row.GeofenceEnteredAt = now;
        row.ArrivalSource = mark.Source.ToWire();
        row.ChargerId = chargerId ?? row.ChargerId;
        if (signal.Position is { } fix)
        {
            (row.ArrivalLat, row.ArrivalLng, row.ArrivalAccuracyM) = (fix.Point.Lat, fix.Point.Lng, fix.AccuracyM);
        }

        return true;
    }

    private static void RecordReadings(ArrivalSessionRow row, Signal signal, PolicyOutcome outcome)
    {
        row.TrackingMemoryJson = JsonSerializer.Serialize(outcome.Memory, MemoryJson);
        if (signal.Source is SignalSource.Smartcar or SignalSource.SmartcarWebhook && signal.Position is { } fix)
        {
            (row.SmartcarLastLocationLat, row.SmartcarLastLocationLng, row.SmartcarLastLocationAt) = (fix.Point.Lat, fix.Point.Lng, fix.At);
            row.SmartcarEtaMinutes = outcome.EtaMinutes;
        }

        if (signal.Charge is { } charge)
        {
            (row.SmartcarLastBatteryPercent, row.SmartcarLastBatteryAt) = (charge.SocPercent, charge.At);
            row.ChargeMinutesToTarget = outcome.MinutesToChargeTarget;
        }
    }

    private async Task ReleaseQueuedOrderAsync(Guid sessionId, DateTimeOffset now, CancellationToken ct)
    {
        var queued = await db.QueuedOrders.SingleOrDefaultAsync(q => q.SessionId == sessionId && q.Status == "queued", ct);
        if (queued is not null)
        {
            queued.Status = "released";
            queued.ReleasedAt = now;
        }
    }

    private void Publish(ArrivalSessionRow row, Signal signal, bool arrived, double? distance, List<string> channels)
    {
        var who = row.DriverId.ToString();
        if (arrived)
        {
            analytics.Capture("ev_arrival.geofence_entered", who, new Dictionary<string, object?> { ["session_id"] = row.Id, ["distance_m"] = distance });
            analytics.Capture("ev_arrival.arrived", who, new Dictionary<string, object?> { ["session_id"] = row.Id, ["arrival_source"] = row.ArrivalSource });
            if (signal.Source is SignalSource.Smartcar or SignalSource.SmartcarWebhook)
            {
                analytics.Capture("ev_arrival.smartcar_triggered", who, new Dictionary<string, object?> { ["session_id"] = row.Id });
            }
        }

        if (channels.Count > 0)
        {
            analytics.Capture("ev_arrival.kitchen_fired", who, new Dictionary<string, object?> { ["session_id"] = row.Id, ["channels"] = channels });
        }
    }

    private static TrackingMemory ReadMemory(ArrivalSessionRow row) =>
        row.TrackingMemoryJson is { Length: > 0 } json
            ? JsonSerializer.Deserialize<TrackingMemory>(json, MemoryJson) ?? TrackingMemory.Empty
            : TrackingMemory.Empty;
}
