using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Evidence;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Policy;

namespace Nerava.Api.Features.Ocpp;

/// <summary>
/// Turns charger events into signals and feeds them to <see cref="SignalProcessor"/> — the one path every signal
/// takes; the arrival policy decides (arrival, evidence, Ready After Charge), this class only translates.
/// </summary>
public sealed class ChargerSignals(NeravaDbContext db, SignalProcessor processor, SessionStore store, CatalogCache catalog, IOptions<OcppOptions> options, TimeProvider clock, ILogger<ChargerSignals> logger)
{
    /// <summary>StartTransaction with the driver's own idTag at the session's charger: a charger arrival at <paramref name="stall"/>.</summary>
    public async Task TransactionStartedAsync(Guid sessionId, string chargerId, int stall, DateTimeOffset chargerTime, CancellationToken ct)
    {
        await ChargingStatusAsync(sessionId, ChargingStatuses.Started, stall, ct);
        await ProcessAsync(sessionId, _ => new Signal(SignalSource.Charger, clock.GetUtcNow(), ChargerId: chargerId)
        {
            Plug = new ChargerPlug(stall, ChargerProof.IdTag, chargerTime),
        }, ct);
    }

    /// <summary>SoC from MeterValues, or the end of the charge (SuspendedEV, Finishing, StopTransaction) on the session's transaction.</summary>
    public async Task ChargeUpdateAsync(Guid sessionId, double? socPercent, ChargeState state, CancellationToken ct)
    {
        await ProcessAsync(sessionId, row =>
        {
            var soc = socPercent ?? row.SmartcarLastBatteryPercent ?? 0;
            var now = clock.GetUtcNow();
            return new Signal(SignalSource.Charger, now, Charge: new ChargeReading(soc, state, true, now), ChargerId: row.ChargerId);
        }, ct);
    }

    public async Task ChargingStatusAsync(Guid sessionId, string status, int? stall, CancellationToken ct)
    {
        var row = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (row is not null)
        {
            // Decided on the row as read each attempt; the status is a concurrency token, so a writer that overtook us is seen.
            await store.ApplyAsync(row, (r, _) => Task.FromResult(ChargingStatuses.Supersedes(r.ChargingStatus, status)
                ? new SessionChange { Facts = [new SessionFacts.Charging(stall, status)] }
                : SessionChange.None), ct);
        }
    }

    /// <summary>
    /// A plug-in without idTag at <paramref name="stall"/>: offered to the sessions expected at the site; arrival evidence
    /// only for the single expected session, corroborated (see <see cref="PlugInMatcher"/>). Recorded either way.
    /// </summary>
    public async Task PlugInAsync(string chargerId, string chargePointId, int connectorId, int stall, DateTimeOffset at, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now - options.Value.PlugInWindow;
        var candidates = await db.Sessions.AsNoTracking().WhereActive()
            .Where(s => s.ChargerId == chargerId && s.CreatedAt > since && s.ArrivalStall == null)
            .ToListAsync(ct);
        // A remote start in flight at this stall will bring its own StartTransaction with the driver's idTag.
        if (candidates.Any(s => s.ChargingStall == stall && s.ChargingStatus is ChargingStatuses.Requested or ChargingStatuses.Accepted))
        {
            return;
        }

        var charger = await catalog.ChargerAsync(chargerId, ct);
        var site = new GeoPoint(charger!.Lat, charger.Lng);
        var verdict = PlugInMatcher.Decide([.. candidates.Select(s => new ExpectedSession(s.Id, IsNear(s, site, now), s.ClaimedStall == stall))]);
        db.ChargerPlugIns.Add(new ChargerPlugIn
        {
            Id = Guid.NewGuid(),
            ChargerId = chargerId,
            ChargePointId = chargePointId,
            ConnectorId = connectorId,
            Stall = stall,
            At = at,
            OfferedTo = string.Join(',', verdict.OfferedTo),
            MatchedSessionId = verdict.ArrivalFor,
        });
        await db.SaveChangesAsync(ct);
        if (verdict.ArrivalFor is { } sessionId)
        {
            await ProcessAsync(sessionId, _ => new Signal(SignalSource.Charger, now, ChargerId: chargerId)
            {
                Plug = new ChargerPlug(stall, ChargerProof.Corroborated, at),
            }, ct);
            return;
        }

        await OfferAsync(verdict.OfferedTo, stall, at, ct);
    }

    /// <summary>Shows the unfired plug-in on each offered session (pushed live): the driver's "That's me at stall N" button.</summary>
    private async Task OfferAsync(IReadOnlyList<Guid> sessionIds, int stall, DateTimeOffset at, CancellationToken ct)
    {
        var rows = await db.Sessions.Where(s => sessionIds.Contains(s.Id)).ToListAsync(ct);
        foreach (var row in rows)
        {
            // Decided on the row as read each attempt: an older plug-in never replaces a newer offer.
            await store.ApplyAsync(row, (r, _) => Task.FromResult(r.OfferedAt is { } last && last > at
                ? SessionChange.None
                : new SessionChange { Facts = [new SessionFacts.PlugInOffered(stall, at)] }), ct);
        }
    }

    /// <summary>The driver tapped "That's me at stall N": a recent unmatched plug-in there is decided again with the tap.</summary>
    public async Task ClaimStallAsync(ArrivalSessionRow row, int stall, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - TimeSpan.FromMinutes(30);
        var plugIn = await db.ChargerPlugIns.AsNoTracking()
            .Where(p => p.ChargerId == row.ChargerId && p.Stall == stall && p.MatchedSessionId == null && p.At > since)
            .OrderByDescending(p => p.At).FirstOrDefaultAsync(ct);
        if (plugIn is not null)
        {
            await PlugInAsync(plugIn.ChargerId, plugIn.ChargePointId, plugIn.ConnectorId, plugIn.Stall, plugIn.At, ct);
        }
    }

    private static bool IsNear(ArrivalSessionRow s, GeoPoint site, DateTimeOffset now)
    {
        var options = EvidenceOptions.Default;
        var phone = s is { LastPhoneLat: { } pl, LastPhoneLng: { } pg, LastPhoneAt: { } pa } ? new PositionFix(new GeoPoint(pl, pg), null, pa) : null;
        var car = s is { SmartcarLastLocationLat: { } cl, SmartcarLastLocationLng: { } cg, SmartcarLastLocationAt: { } ca }
            ? new PositionFix(new GeoPoint(cl, cg), null, ca)
            : null;
        return (phone is not null && EvidenceRules.Agrees(site, phone, now, options)) || (car is not null && EvidenceRules.Agrees(site, car, now, options));
    }

    /// <summary>Through the one path (whose door re-reads and re-applies on a lost race).</summary>
    private async Task ProcessAsync(Guid sessionId, Func<ArrivalSessionRow, Signal> build, CancellationToken ct)
    {
        var row = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (row is null)
        {
            return;
        }

        var result = await processor.ProcessAsync(row, build(row), null, ct);
        if (result.RejectCode is { } code)
        {
            logger.LogInformation("Charger signal for session {SessionId} refused: {Code}", sessionId, code);
        }
    }
}
