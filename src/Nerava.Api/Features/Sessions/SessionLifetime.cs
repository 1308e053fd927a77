using Nerava.Api.Data.Entities;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// The stored <c>expires_at</c>: 2 hours after creation as in the existing system, but never before the driver
/// could arrive from where the session was created (order in Dallas, arrive in San Antonio): creation + drive
/// time estimate (road distance at a highway prior speed) + 1 hour of slack, capped at 12 hours. While a tracked
/// car makes progress, ExpiryRule extends the deadline further.
/// </summary>
public sealed class SessionLifetime
{
    private static readonly TimeSpan Slack = TimeSpan.FromHours(1);

    public DateTimeOffset ExpiresAt(DateTimeOffset now, double? lat, double? lng, Charger? charger, Merchant merchant)
    {
        if (lat is null || lng is null)
        {
            // No starting point, no drive-time estimate: never a guessed position that would skew the hold.
            return now + ArrivalRules.DefaultLifetime;
        }

        var destination = charger is null ? new GeoPoint(merchant.Lat, merchant.Lng) : new GeoPoint(charger.Lat, charger.Lng);
        var distance = GeoMath.DistanceMeters(new GeoPoint(lat.Value, lng.Value), destination);
        var drive = TimeSpan.FromMinutes(EtaEstimator.EstimateMinutes(distance, observedSpeedMps: null));
        var lifetime = drive + Slack > ArrivalRules.DefaultLifetime ? drive + Slack : ArrivalRules.DefaultLifetime;
        return now + (lifetime < ExpiryRule.MaxLifetime ? lifetime : ExpiryRule.MaxLifetime);
    }
}
