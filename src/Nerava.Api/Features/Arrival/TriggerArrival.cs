using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

public sealed record TriggerArrivalRequest(double? Lat, double? Lng, double? AccuracyM);
public sealed record TriggerArrivalResponse(string Status, bool OrderReleased, int EstimatedReadyMinutes, double? DistanceM);

/// <summary>
/// POST /v1/arrival/{id}/trigger-arrival — the existing system's check-in near the merchant: within 500 m of it the
/// session arrives, the queued order is released and the kitchen is told (prep time + the walk at ~80 m/min). Unlike
/// the old one it takes the same policy, guards and outbox as every other signal, so it cannot revive a canceled or
/// expired session or text the kitchen twice.
/// </summary>
public static class TriggerArrival
{
    public static async Task<Results<Ok<TriggerArrivalResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id,
        TriggerArrivalRequest request, ClaimsPrincipal user, SessionStore store, SignalProcessor signals, NeravaDbContext db,
        CatalogCache catalog, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Latitude(request.Lat).Longitude(request.Lng)
            .Require(request.AccuracyM is null or >= 0 and < 100_000, "accuracy_m", "Must be between 0 and 100 000 metres.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        var merchant = await catalog.MerchantAsync(row.MerchantId, ct) ?? throw new InvalidOperationException("Session without merchant.");
        var here = new GeoPoint(request.Lat!.Value, request.Lng!.Value);
        var walk = GeoMath.DistanceMeters(here, new GeoPoint(merchant.Lat, merchant.Lng));
        if (!SessionStatusNames.IsArrived(row.Status))
        {
            // The same policy as every check-in (contradictions, flags, guards); only the site differs: the merchant, 500 m.
            var now = clock.GetUtcNow();
            var signal = new Signal(SignalSource.PhoneGeofence, now, new PositionFix(here, request.AccuracyM, now)) { AtMerchant = true };
            var result = await signals.ProcessAsync(row, signal, null, ct);
            if (result.RejectCode is GeofenceRejectCodes.TooFarFromCharger or GeofenceRejectCodes.AccuracyTooLow)
            {
                return Rejected(result.RejectCode, result.DistanceM);
            }

            if (result is { RejectCode: null, Flags.Count: > 0 })
            {
                return CheckInProblems.NeedsConfirmation(result.Flags, row.Status);
            }

            await db.Entry(row).ReloadAsync(ct);
            if (!SessionStatusNames.IsArrived(row.Status))
            {
                return result.Raced ? TransitionProblems.Raced() : TransitionProblems.For(SessionTransitions.Apply(row.Status, SessionTrigger.ArrivalVerified));
            }
        }

        var released = await db.QueuedOrders.AsNoTracking().AnyAsync(q => q.SessionId == row.Id && q.Status == QueuedOrderStatus.Released, ct);
        return TypedResults.Ok(new TriggerArrivalResponse(SessionStatusNames.ToWire(row.Status), released, ArrivalRules.EstimatedReadyMinutes(merchant.PrepMinutes, walk),
            Math.Round(walk)));
    }

    private static ProblemHttpResult Rejected(string code, double? distance)
    {
        if (code == GeofenceRejectCodes.AccuracyTooLow)
        {
            return CheckInProblems.AccuracyTooLow(distance);
        }

        var metres = distance is { } m ? Math.Round(m).ToString(CultureInfo.InvariantCulture) : "?";
        return Problems.BadRequest(ErrorCodes.TooFarFromMerchant, "Too far from the merchant.",
            $"You are {metres} m from the merchant; this check-in needs {ArrivalRules.MerchantTriggerRadiusMeters:0} m.",
            CheckInProblems.DistanceExtension(distance));
    }
}
