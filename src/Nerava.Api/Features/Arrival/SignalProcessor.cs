using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

public sealed record SignalResult(bool Raced, string? RejectCode, double? DistanceM, bool Arrived)
{
    public PolicyOutcome? Outcome { get; init; }

    /// <summary>Contradiction flags when a check-in was flagged instead of fired.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}

/// <summary>A signal that decided nothing: its outcome, and the readings to save in bulk.</summary>
public sealed record QuietSignal(PolicyOutcome Outcome, SessionFacts.Readings Readings);

/// <summary>
/// The one path every signal takes (check-in, Smartcar poll or webhook, charger): the domain's ArrivalPolicy decides on
/// the row as read, SignalChanges turns its decisions into a change, and the session store's door applies it (guarded
/// save with the outbox, then publish). A lost race re-reads the row and asks the policy again.
/// </summary>
public sealed class SignalProcessor(SessionStore store, CatalogCache catalog, TimeProvider clock)
{
    public async Task<SignalResult> ProcessAsync(ArrivalSessionRow row, Signal signal, string? checkInChargerId, CancellationToken ct)
    {
        using var span = NeravaTracing.Signal(row.Id, signal.Source.ToWire());
        // A check-in names the charger the driver says they are at; the policy judges it (see CheckInTarget).
        signal = checkInChargerId is null ? signal : signal with { ChargerId = checkInChargerId };
        PolicyOutcome? outcome = null;
        var result = await store.ApplyAsync(row, async (r, c) =>
        {
            var (snapshot, merchant) = await SnapshotAsync(r, c);
            outcome = ArrivalPolicy.Evaluate(snapshot, signal, ArrivalPolicyOptions.Default);
            var at = outcome.Decisions.OfType<MarkArrived>().FirstOrDefault()?.AtChargerId ?? r.ChargerId;
            var charger = at is null ? null : await catalog.ChargerAsync(at, c);
            return SignalChanges.From(r, signal, outcome, merchant, charger?.Name, clock.GetUtcNow());
        }, ct);

        var distance = outcome?.DistanceM;
        if (result.Outcome == ApplyOutcome.Refused && SignalChanges.PhoneSeen(signal) is { } seen)
        {
            // A refused check-in changes nothing but still says where the phone was (the next one is checked against it).
            await store.ApplyAsync(row, (_, _) => Task.FromResult(new SessionChange { Facts = [seen] }), ct);
        }

        var flags = result.Outcome == ApplyOutcome.Applied ? outcome?.Decisions.OfType<FlagArrival>().SelectMany(f => f.Flags).ToList() ?? [] : [];
        return result.Outcome switch
        {
            ApplyOutcome.Refused => new SignalResult(false, result.Refusal!.ErrorCode, result.Refusal.DistanceM ?? distance, false) { Outcome = outcome },
            ApplyOutcome.Raced => new SignalResult(true, null, distance, false) { Outcome = outcome },
            ApplyOutcome.Rejected => new SignalResult(false, result.Transition!.ErrorCode, distance, false) { Outcome = outcome },
            _ => new SignalResult(false, null, distance, result.Transition?.To == SessionStatus.Arrived) { Outcome = outcome, Flags = flags },
        };
    }

    /// <summary>
    /// The tracking engine's fast path. When the policy decides nothing for a polled signal (the common case: the car
    /// moved, nothing happened), returns the outcome and the readings, for the caller to save many at once through
    /// SessionReadings. Null: something happens, so the signal must go through ProcessAsync.
    /// </summary>
    public async Task<QuietSignal?> TryQuietAsync(ArrivalSessionRow row, Signal signal, CancellationToken ct)
    {
        var (snapshot, _) = await SnapshotAsync(row, ct);
        var outcome = ArrivalPolicy.Evaluate(snapshot, signal, ArrivalPolicyOptions.Default);
        return outcome.Decisions.Count > 0 ? null : new QuietSignal(outcome, SignalChanges.ReadingsOf(signal, outcome));
    }

    /// <summary>
    /// What the policy (and the poll cadence) sees of a session: status, its own charger as the destination (the
    /// merchant's door without one), the merchant's linked chargers for a check-in, trigger, memory.
    /// </summary>
    public async Task<(SessionSnapshot Snapshot, Merchant Merchant)> SnapshotAsync(ArrivalSessionRow row, CancellationToken ct)
    {
        var merchant = await catalog.MerchantAsync(row.MerchantId, ct)
            ?? throw new InvalidOperationException($"Session {row.Id} names an unknown merchant.");
        var charger = row.ChargerId is null ? null : await catalog.ChargerAsync(row.ChargerId, ct);
        var linked = await catalog.LinkedChargersAsync(row.MerchantId, ct);
        var destination = charger is null ? new GeoPoint(merchant.Lat, merchant.Lng) : new GeoPoint(charger.Lat, charger.Lng);
        // Ready After Charge needs charge data: from the connected car, or from the session's OCPP charger.
        var afterCharge = (row.SmartcarEnabled || await catalog.HasOcppAsync(row.ChargerId, ct))
                          && (row.ChargeCompleteTrigger || row.TargetSocPercent is not null);
        var snapshot = new SessionSnapshot(row.Status, destination, afterCharge ? FireTrigger.AfterCharge : FireTrigger.OnArrival,
            row.TargetSocPercent, TimeSpan.FromMinutes(merchant.PrepMinutes), row.KitchenFiredAt is not null, row.HeadsUpSentAt is not null,
            SessionMemory.Read(row))
        {
            ChargerId = row.ChargerId,
            MerchantLocation = new GeoPoint(merchant.Lat, merchant.Lng),
            LinkedChargers = [.. linked.Select(c => new LinkedCharger(c.Id, new GeoPoint(c.Lat, c.Lng)))],
            LastPhoneFix = row is { LastPhoneLat: { } lat, LastPhoneLng: { } lng, LastPhoneAt: { } at }
                ? new PositionFix(new GeoPoint(lat, lng), row.LastPhoneAccuracyM, at)
                : null,
            Flags = row.ArrivalFlags is { Length: > 0 } flags ? flags.Split(',') : [],
        };
        return (snapshot, merchant);
    }
}
