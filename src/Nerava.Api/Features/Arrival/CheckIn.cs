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

/// <summary><c>source</c>: <c>manual</c> ("I'm here", the default) or <c>phone_geofence</c> (the app watched the position).</summary>
public sealed record CheckInRequest(string? ChargerId, double? Lat, double? Lng, double? AccuracyM, bool? LocationMocked = null, string? Source = null);
public sealed record CheckInResponse(string Status, bool MerchantNotified, string? NotificationMethod, double? DistanceM);

/// <summary>
/// POST /v1/arrival/{id}/confirm-arrival — the phone's geofence or "I'm here". A signal like any other, verified
/// server-side at the session's own site (the domain's CheckInTarget): its charger, or a neighbouring charger of the
/// same merchant. Another charger is 400 WRONG_CHARGER, farther than 250 m 400 TOO_FAR_FROM_CHARGER; neither changes anything.
/// </summary>
public static class CheckIn
{
    private static readonly string[] CheckInSources = [SignalSource.Manual.ToWire(), SignalSource.PhoneGeofence.ToWire()];

    public static async Task<Results<Ok<CheckInResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id, CheckInRequest request,
        ClaimsPrincipal user, SessionStore store, SignalProcessor signals, NeravaDbContext db, CatalogCache catalog, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator().Require(!string.IsNullOrWhiteSpace(request.ChargerId), "charger_id", "Required: arrival is verified at a charger.")
            .Latitude(request.Lat).Longitude(request.Lng)
            .Require(request.AccuracyM is null or >= 0 and < 100_000, "accuracy_m", "Must be between 0 and 100 000 metres.")
            .OneOf(request.Source, CheckInSources, "source", required: false);
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        if (await catalog.ChargerAsync(request.ChargerId!, ct) is null)
        {
            return Problems.NotFound(ErrorCodes.ChargerNotFound, "No charger with that id.");
        }

        var now = clock.GetUtcNow();
        var fix = new PositionFix(new GeoPoint(request.Lat!.Value, request.Lng!.Value), request.AccuracyM, now);
        var result = SessionStatusNames.IsArrived(row.Status)
            ? new SignalResult(false, SessionErrorCodes.AlreadyArrived, null, false)
            : await signals.ProcessAsync(row, new Signal(SourceOf(request), now, fix) { MockedLocation = request.LocationMocked == true },
                request.ChargerId, ct);
        return result switch
        {
            // A second tap on "I'm here" (or one racing the car's own arrival) is not an error: report the state.
            { RejectCode: SessionErrorCodes.AlreadyArrived } => TypedResults.Ok(await ResponseAsync(db, row.Id, null, ct)),
            { RejectCode: GeofenceRejectCodes.AccuracyTooLow or GeofenceRejectCodes.TooFarFromCharger } => Refused(result.RejectCode, result.DistanceM),
            { RejectCode: SignalErrorCodes.WrongCharger } => await WrongChargerAsync(catalog, row.ChargerId, result.DistanceM, ct),
            { RejectCode: not null } => TransitionProblems.For(SessionTransitions.Apply(row.Status, SessionTrigger.ArrivalVerified)),
            { Raced: true } => TransitionProblems.Raced(),
            // Contradictory evidence: nothing fires; the driver confirms at the charger (plug in or start charging).
            { Flags.Count: > 0 } => CheckInProblems.NeedsConfirmation(result.Flags, row.Status),
            _ => TypedResults.Ok(await ResponseAsync(db, row.Id, result.DistanceM, ct)),
        };
    }

    private static SignalSource SourceOf(CheckInRequest request) =>
        request.Source == SignalSource.PhoneGeofence.ToWire() ? SignalSource.PhoneGeofence : SignalSource.Manual;

    private static ProblemHttpResult Refused(string code, double? distance)
    {
        var metres = distance is { } d ? Math.Round(d).ToString(CultureInfo.InvariantCulture) : "?";
        return code == GeofenceRejectCodes.AccuracyTooLow
            ? CheckInProblems.AccuracyTooLow(distance)
            : Problems.BadRequest(ErrorCodes.TooFarFromCharger, "Too far from the charger.",
                $"You are {metres} m from the charger; arrival needs {ArrivalRules.ArrivalRadiusMeters:0} m.", CheckInProblems.DistanceExtension(distance));
    }

    private static async Task<ProblemHttpResult> WrongChargerAsync(CatalogCache catalog, string? sessionChargerId, double? distance,
        CancellationToken ct)
    {
        var name = sessionChargerId is null ? null : (await catalog.ChargerAsync(sessionChargerId, ct))?.Name;
        var metres = distance is { } d ? Math.Round(d) : (double?)null;
        return Problems.BadRequest(SignalErrorCodes.WrongCharger, "That is not this EV Arrival's charger.",
            $"This order is for {name ?? "another charger"}{(metres is { } m ? $", {m.ToString(CultureInfo.InvariantCulture)} m from you" : "")}. " +
            "Check in there, or cancel and start a new EV Arrival where you are.",
            new Dictionary<string, object?> { ["session_charger_id"] = sessionChargerId, ["session_charger_name"] = name, ["distance_m"] = metres });
    }

    private static async Task<CheckInResponse> ResponseAsync(NeravaDbContext db, Guid id, double? distance, CancellationToken ct)
    {
        // One round trip: the committed state and the kitchen's channels (a join, not a second query).
        var row = await db.Sessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.Status,
                Notified = s.MerchantNotifiedAt != null,
                Channels = db.Outbox.Where(m => m.SessionId == s.Id && m.Kind == OutboxKinds.KitchenFire).Select(m => m.Channel).ToList(),
            })
            .SingleAsync(ct);
        var channels = row.Channels;
        return new CheckInResponse(SessionStatusNames.ToWire(row.Status), row.Notified,
            channels.Count == 0 ? null : string.Join('+', channels.Order(StringComparer.Ordinal)), distance is { } d ? Math.Round(d) : null);
    }
}
