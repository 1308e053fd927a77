using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

/// <summary>Turns the arrival policy's decisions for one signal into the change the door applies.</summary>
public static class SignalChanges
{
    /// <param name="row">The session as read.</param>
    /// <param name="signal">The signal the policy judged.</param>
    /// <param name="outcome">The policy's outcome.</param>
    /// <param name="merchant">The session's merchant (its channels).</param>
    /// <param name="chargerName">The charger the driver is at after this signal, for the merchant's text.</param>
    /// <param name="now">The time of the change.</param>
    public static SessionChange From(ArrivalSessionRow row, Signal signal, PolicyOutcome outcome, Merchant merchant, string? chargerName,
        DateTimeOffset now)
    {
        if (outcome.Decisions.OfType<RejectSignal>().FirstOrDefault() is { } reject)
        {
            return SessionChange.Refuse(reject.ErrorCode, reject.DistanceM ?? outcome.DistanceM);
        }

        var telematics = IsTelematics(signal);
        var facts = new List<SessionFact> { ReadingsOf(signal, outcome) };
        if (PhoneSeen(signal) is { } seen)
        {
            facts.Add(seen);
        }

        if (outcome.Evidence is { } evidence)
        {
            facts.Add(new SessionFacts.EvidenceRecorded(evidence));
        }
        var messages = new List<SessionMessage>();
        var events = new List<AnalyticsEvent>();
        SessionTrigger? trigger = null;
        var effects = SessionEffects.None;
        foreach (var decision in outcome.Decisions)
        {
            switch (decision)
            {
                case MarkArrived mark:
                    trigger = SessionTrigger.ArrivalVerified;
                    effects |= SessionEffects.ReleaseQueuedOrder;
                    facts.Add(new SessionFacts.Arrived(mark.Source, signal.Position, mark.AtChargerId, now));
                    if (mark.AtChargerId is { } at && at != row.ChargerId)
                    {
                        events.Add(new(AnalyticsEvents.ChargerChanged, new Dictionary<string, object?> { ["from"] = row.ChargerId, ["to"] = at }));
                    }

                    events.Add(new(AnalyticsEvents.GeofenceEntered, new Dictionary<string, object?> { ["distance_m"] = outcome.DistanceM }));
                    events.Add(new(AnalyticsEvents.Arrived, new Dictionary<string, object?> { ["arrival_source"] = mark.Source.ToWire() }));
                    if (telematics)
                    {
                        events.Add(new(AnalyticsEvents.SmartcarTriggered));
                    }

                    break;
                case FireKitchen fire when row.KitchenFiredAt is null:
                    var fireMessages = MerchantNotifier.Fire(row, merchant, chargerName, fire.Reason != FireReason.Arrival);
                    messages.AddRange(fireMessages);
                    facts.Add(new SessionFacts.KitchenFired(fire.Reason, now));
                    if (fireMessages.Count > 0)
                    {
                        events.Add(new(AnalyticsEvents.KitchenFired, new Dictionary<string, object?> { ["channels"] = fireMessages.Select(m => m.Channel).ToList() }));
                    }

                    break;
                case SendHeadsUp headsUp when row.HeadsUpSentAt is null:
                    messages.AddRange(MerchantNotifier.HeadsUp(merchant, OutboxKinds.HeadsUp, MerchantMessages.HeadsUpSms(row, headsUp.EtaMinutes)));
                    facts.Add(new SessionFacts.HeadsUpSent(now));
                    break;
                case FlagArrival flag:
                    facts.Add(new SessionFacts.ArrivalFlagged(flag.Flags, now));
                    break;
                case SendChargeHeadsUp charge:
                    messages.AddRange(MerchantNotifier.HeadsUp(merchant, OutboxKinds.ChargeHeadsUp, MerchantMessages.ChargeHeadsUpSms(row, charge.MinutesToTarget)));
                    break;
            }
        }

        return new SessionChange { Trigger = trigger, Facts = facts, Messages = messages, Events = events, Effects = effects };
    }

    /// <summary>The policy's memory, and the car's position (telematics only) and battery the signal carried.</summary>
    public static SessionFacts.Readings ReadingsOf(Signal signal, PolicyOutcome outcome) =>
        new(outcome.Memory, IsTelematics(signal) ? signal.Position : null, outcome.EtaMinutes, signal.Charge, outcome.MinutesToChargeTarget);

    /// <summary>Where the phone was at a check-in (accepted, flagged or refused): the next check-in is checked against it.</summary>
    public static SessionFacts.PhoneSeen? PhoneSeen(Signal signal) =>
        signal.Source is SignalSource.Manual or SignalSource.PhoneGeofence && signal.Position is { } fix && fix.Point.HasValidCoordinates()
            ? new SessionFacts.PhoneSeen(fix with { At = signal.ReceivedAt })
            : null;

    private static bool IsTelematics(Signal signal) => signal.Source is SignalSource.Smartcar or SignalSource.SmartcarWebhook;
}
