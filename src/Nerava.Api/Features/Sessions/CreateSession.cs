using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// POST /v1/arrival/create — a session can start long before departure; nothing fires until arrival. The pairing is
/// the domain's (SessionPairing): a charger linked to the merchant, a mode it offers, an estimate within its largest order.
/// </summary>
public static class CreateSession
{
    public static async Task<Results<Created<SessionResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateSessionRequest request, HttpContext http, ClaimsPrincipal user, NeravaDbContext db, IdempotencyStore idempotency,
        SessionInserter inserter, SessionLifetime lifetime, CatalogCache catalog, TimeProvider clock, CancellationToken ct)
    {
        var v = Validate(request);
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var driverId = user.SubjectId();
        var key = http.Request.Headers["Idempotency-Key"].FirstOrDefault() ?? request.IdempotencyKey;
        var canonical = request with { IdempotencyKey = null };
        // One round trip for what the database knows about this driver: the key's record, an open session, the car.
        var facts = await DriverFactsAsync(db, idempotency, driverId, key, ct);
        var replay = string.IsNullOrEmpty(key) ? new IdempotencyLookup.None() : IdempotencyStore.Judge(facts.Idempotency, canonical);
        if (replay is IdempotencyLookup.Mismatch)
        {
            return Problems.Create(422, ErrorCodes.IdempotencyKeyReused, "This Idempotency-Key was used with a different request.");
        }

        if (replay is IdempotencyLookup.Replay stored)
        {
            return TypedResults.Created($"/v1/arrival/{stored.Response.SessionId}", stored.Response);
        }

        // The catalog from the cache (evicted by the admin and settings edits that change it; merchant_id is validated above).
        var merchant = await catalog.MerchantAsync(request.MerchantId!, ct);
        if (merchant is null)
        {
            return Problems.NotFound(ErrorCodes.MerchantNotFound, "No merchant with that id.");
        }

        var charger = request.ChargerId is null ? null : await catalog.ChargerAsync(request.ChargerId, ct);
        if (request.ChargerId is not null && charger is null)
        {
            return Problems.NotFound(ErrorCodes.ChargerNotFound, "No charger with that id.");
        }

        var offered = PairingProblems.OfferedModes(merchant);
        var linked = (await catalog.LinkedChargersAsync(merchant.Id, ct)).Select(c => c.Id).ToList();
        var mode = request.FulfillmentType ?? SessionPairing.DefaultMode(offered);
        if (SessionPairing.Check(charger?.Id, linked, mode, offered) is { } pairing)
        {
            return PairingProblems.For(pairing, merchant, charger?.Id, offered);
        }

        if (!SessionPairing.EstimateInRange(request.EstimatedTotalCents, merchant.MaxOrderCents))
        {
            return PairingProblems.EstimateOutOfRange(merchant);
        }

        // Ready After Charge needs charge data: a connected car, or the session's OCPP charger.
        if (request.UseSmartcar != true && (request.TargetSocPercent is not null || request.ChargeCompleteTrigger == true)
            && !await catalog.HasOcppAsync(request.ChargerId, ct))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["charge_complete_trigger"] = ["Ready After Charge needs a connected car (use_smartcar: true) or a charger that reports charging (OCPP)."],
            });
        }

        if (facts.ActiveSessionId is { } activeId)
        {
            return ActiveExists(activeId);
        }

        string? vehicleId = null;
        if (request.UseSmartcar == true)
        {
            vehicleId = await db.SmartcarConnections.AsNoTracking()
                .Where(c => c.DriverId == driverId && c.Status == ConnectionStatus.Active).OrderByDescending(c => c.IsPrimary)
                .Select(c => c.VehicleId).FirstOrDefaultAsync(ct);
            if (vehicleId is null)
            {
                return Problems.BadRequest(ErrorCodes.SmartcarNotConnected, "No connected car.",
                    "Connect your car with Smartcar first, or turn off auto-detect and check in with \"I'm here\".");
            }
        }

        var now = clock.GetUtcNow();
        var session = new NewSession(Guid.NewGuid(), driverId, merchant.Id, charger?.Id, request.ArrivalType!, mode,
            key, facts.VehicleColor, facts.VehicleModel, now, lifetime.ExpiresAt(now, request.Lat, request.Lng, charger, merchant),
            request.Lat, request.Lng, merchant.PlatformFeeBps, vehicleId, request.TargetSocPercent, request.ChargeCompleteTrigger ?? false,
            request.EstimatedTotalCents)
        { VehiclePlate = facts.VehiclePlate };
        SessionResponse? response = null;
        var inserted = await inserter.InsertAsync(session, row =>
        {
            if (row.SmartcarEnabled)
            {
                db.TrackedSessions.Add(new TrackedSession { SessionId = row.Id, NextPollAt = now, ClaimBy = now, UpdatedAt = now });
            }

            response = SessionView.From(row, merchant.Name, charger?.Name, merchant.OrderingUrl, merchant.OrderingInstructions);
            idempotency.Remember(driverId, key, canonical, response, now);
        }, async c => await idempotency.FindAsync(driverId, key, canonical, c) is IdempotencyLookup.Replay
                      || await ActiveSessionOfAsync(db, driverId, c) is not null, ct);

        if (inserted.Row is not null)
        {
            return TypedResults.Created($"/v1/arrival/{inserted.Row.Id}", response!);
        }

        // A concurrent create won: replay it if it carried our key, else report the active session.
        if (await idempotency.FindAsync(driverId, key, canonical, ct) is IdempotencyLookup.Replay won)
        {
            return TypedResults.Created($"/v1/arrival/{won.Response.SessionId}", won.Response);
        }

        return await ActiveSessionOfAsync(db, driverId, ct) is { } id
            ? ActiveExists(id)
            : Problems.Conflict(ErrorCodes.Conflict, "Too many sessions were created at this merchant at once.", "Try again.");
    }

    private static Validator Validate(CreateSessionRequest r) => new Validator()
        .Require(!string.IsNullOrWhiteSpace(r.MerchantId), "merchant_id", "Required.")
        .OneOf(r.ArrivalType, ArrivalTypes.All, "arrival_type")
        .OneOf(r.FulfillmentType, FulfillmentModes.All, "fulfillment_type", required: false)
        // Where the driver starts is optional (location refused): the hold is then the existing system's 2 hours.
        .Latitude(r.Lat, required: false).Longitude(r.Lng, required: false)
        .Require(r.Lat.HasValue == r.Lng.HasValue, r.Lat.HasValue ? "lng" : "lat", "Give both lat and lng, or neither.")
        .Require(r.AccuracyM is null or >= 0 and < 100_000, "accuracy_m", "Must be between 0 and 100 000 metres.")
        .MaxLength(r.IdempotencyKey, 200, "idempotency_key")
        .Require(r.TargetSocPercent is null or >= 10 and <= 100, "target_soc_percent", "Must be between 10 and 100.");

    private static Task<DriverFacts> DriverFactsAsync(NeravaDbContext db, IdempotencyStore idempotency, Guid driverId, string? key,
        CancellationToken ct)
    {
        var active = db.Sessions.AsNoTracking().WhereActive().Where(s => s.DriverId == driverId).Select(s => (Guid?)s.Id);
        var records = idempotency.Records(driverId, key);
        // Scalar subqueries only: SQLite has no lateral join for a projected row.
        return db.Drivers.AsNoTracking().Where(d => d.Id == driverId)
            .Select(d => new DriverFacts(d.VehicleColor, d.VehicleModel, d.VehiclePlate, active.FirstOrDefault(),
                records.Select(r => r.RequestHash).FirstOrDefault(), records.Select(r => r.ResponseJson).FirstOrDefault()))
            .SingleAsync(ct);
    }

    private sealed record DriverFacts(string? VehicleColor, string? VehicleModel, string? VehiclePlate, Guid? ActiveSessionId,
        string? RequestHash, string? ResponseJson)
    {
        public StoredIdempotency? Idempotency =>
            RequestHash is not null && ResponseJson is not null ? new StoredIdempotency(RequestHash, ResponseJson) : null;
    }

    private static Task<Guid?> ActiveSessionOfAsync(NeravaDbContext db, Guid driverId, CancellationToken ct) =>
        db.Sessions.AsNoTracking().WhereActive().Where(s => s.DriverId == driverId)
            .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);

    private static ProblemHttpResult ActiveExists(Guid id) => Problems.Conflict(ErrorCodes.ActiveSessionExists,
        "You already have an active EV Arrival.", "Finish or cancel it first.", new Dictionary<string, object?> { ["session_id"] = id });
}
