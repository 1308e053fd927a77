using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Ocpp;

public sealed record StartChargingRequest(int? ConnectorId);

public sealed record StartChargingResponse(Guid SessionId, int Stall, string Status);

/// <summary>
/// POST /v1/arrival/{id}/start-charging — the driver picked a stall (<c>connector_id</c> = the stall number at the
/// site) on the session screen. Queues RemoteStartTransaction with the driver's own idTag to the charge point of that
/// stall at the session's charger and answers 202; the charger's StartTransaction then arrives the session (source
/// <c>charger</c>, with the stall) and the session updates live.
/// </summary>
public static class StartCharging
{
    public static async Task<Results<Accepted<StartChargingResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id,
        StartChargingRequest request, ClaimsPrincipal user, SessionStore store, NeravaDbContext db, OcppCommands commands, CancellationToken ct)
    {
        var v = new Validator().Require(request.ConnectorId is >= 1 and <= 999, "connector_id", "The stall number, 1–999.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var (row, problem) = await store.OpenForDriverAsync(id, user.SubjectId(), ct);
        if (row is null)
        {
            return problem!;
        }

        if (!SessionStatusNames.IsActive(row.Status))
        {
            return Problems.Conflict(OcppProblemCodes.ChargingNotAllowed, "This session is over.");
        }

        var stalls = await db.ChargePointConnectors.AsNoTracking()
            .Join(db.ChargePoints.AsNoTracking().Where(c => c.ChargerId == row.ChargerId), k => k.ChargePointId, c => c.Id,
                (k, c) => new { k.ChargePointId, k.ConnectorId, k.Stall, c.ConnectedInstance })
            .ToListAsync(ct);
        if (stalls.Count == 0)
        {
            return Problems.Conflict(OcppProblemCodes.ChargerNotOcpp, "This charger cannot be started from the app.");
        }

        var stall = stalls.FirstOrDefault(s => s.Stall == request.ConnectorId);
        if (stall is null)
        {
            return Problems.NotFound(OcppProblemCodes.StallNotFound, "No such stall at this charger.");
        }

        if (stall.ConnectedInstance is null)
        {
            return Problems.Conflict(OcppProblemCodes.ChargerOffline, "The charger is offline; plug in and start it at the charger.");
        }

        var idTag = await IdTagAsync(db, row.DriverId, ct);
        await commands.RemoteStartAsync(stall.ChargePointId, stall.ConnectorId, idTag, row.Id, ct);
        await store.ApplyAsync(row, (_, _) => Task.FromResult(new SessionChange
        {
            Facts = [new SessionFacts.Charging(stall.Stall, ChargingStatuses.Requested)],
        }), ct);

        return TypedResults.Accepted($"/v1/arrival/{row.Id}", new StartChargingResponse(row.Id, stall.Stall, ChargingStatuses.Requested));
    }

    /// <summary>The driver's own idTag: "NV" + 16 random base32 characters (≤20, as OCPP's CiString20 allows), made once.</summary>
    private static async Task<string> IdTagAsync(NeravaDbContext db, Guid driverId, CancellationToken ct)
    {
        var driver = await db.Drivers.SingleAsync(d => d.Id == driverId, ct);
        if (driver.OcppIdTag is null)
        {
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            driver.OcppIdTag = "NV" + string.Concat(RandomNumberGenerator.GetBytes(16).Select(b => alphabet[b % 32]));
            await db.SaveChangesAsync(ct);
        }

        return driver.OcppIdTag;
    }
}
