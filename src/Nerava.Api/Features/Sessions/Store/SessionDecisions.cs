using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>Decisions several callers share.</summary>
public static class SessionDecisions
{
    /// <summary>Expire when the domain's ExpiryRule says the deadline has passed; tracking stops with it.</summary>
    public static SessionChange ExpireIfDue(ArrivalSessionRow r, DateTimeOffset now) =>
        ExpiryRule.ShouldExpire(r.Status, r.ExpiresAt, now, r.SmartcarLastLocationAt, r.SmartcarEtaMinutes, r.CreatedAt, r.GeofenceEnteredAt)
            ? new SessionChange
            {
                Trigger = SessionTrigger.Expire,
                Effects = SessionEffects.StopTracking,
                Events = [new AnalyticsEvent(AnalyticsEvents.Expired)],
            }
            : SessionChange.None;
}
