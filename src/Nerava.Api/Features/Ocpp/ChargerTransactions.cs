using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Policy;
using Nerava.Ocpp.Messages;

namespace Nerava.Api.Features.Ocpp;

/// <summary>
/// Authorize, StartTransaction, StopTransaction and MeterValues. A StartTransaction carrying a driver's own idTag at
/// the charger of that driver's active session binds the transaction to the session and is a <c>charger</c> arrival;
/// its SoC readings and its end feed Ready After Charge. Unknown idTags are accepted (a merchant's charger serves
/// every customer) but are never evidence.
/// </summary>
public sealed class ChargerTransactions(NeravaDbContext db, ChargerSignals signals, TimeProvider clock, ILogger<ChargerTransactions> logger)
{
    public Task<IdTagInfo> AuthorizeAsync(string idTag, CancellationToken ct) => Task.FromResult(new IdTagInfo(OcppValues.Accepted));

    public async Task<StartTransactionResponse> StartAsync(string chargePointId, StartTransactionRequest start, CancellationToken ct)
    {
        var tag = start.IdTag.ToUpperInvariant();
        var existing = await FindDuplicateAsync(chargePointId, start, tag, ct);
        if (existing is not null)
        {
            return new StartTransactionResponse(new IdTagInfo(existing.IdTagStatus), existing.Id);
        }

        var point = await db.ChargePoints.AsNoTracking().Include(c => c.Connectors).SingleAsync(c => c.Id == chargePointId, ct);
        var driverId = await db.Drivers.Where(d => d.OcppIdTag == tag).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(ct);
        var session = driverId is null ? null : await db.Sessions.AsNoTracking().WhereActive()
            .Where(s => s.DriverId == driverId && s.ChargerId == point.ChargerId)
            .OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(ct);
        var tx = new OcppTransaction
        {
            ChargePointId = chargePointId,
            ConnectorId = start.ConnectorId,
            IdTag = tag,
            MeterStart = start.MeterStart,
            StartedAt = start.Timestamp,
            ReceivedAt = clock.GetUtcNow(),
            SessionId = session?.Id,
        };
        db.OcppTransactions.Add(tx);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // The same StartTransaction re-sent concurrently: answer with the id the first one got.
            db.ChangeTracker.Clear();
            var first = (await FindDuplicateAsync(chargePointId, start, tag, ct))!;
            return new StartTransactionResponse(new IdTagInfo(first.IdTagStatus), first.Id);
        }

        if (session is not null)
        {
            var stall = point.Connectors.FirstOrDefault(c => c.ConnectorId == start.ConnectorId)?.Stall ?? start.ConnectorId;
            await signals.TransactionStartedAsync(session.Id, point.ChargerId, stall, start.Timestamp, ct);
        }

        return new StartTransactionResponse(new IdTagInfo(OcppValues.Accepted), tx.Id);
    }

    public async Task<StopTransactionResponse> StopAsync(string chargePointId, StopTransactionRequest stop, CancellationToken ct)
    {
        var tx = await db.OcppTransactions.SingleOrDefaultAsync(t => t.Id == stop.TransactionId && t.ChargePointId == chargePointId, ct);
        if (tx is null)
        {
            // Never refuse a stop (the charger would resend it forever); an unknown one is only logged.
            logger.LogWarning("StopTransaction for unknown transaction {TransactionId} from {ChargePointId}", stop.TransactionId, chargePointId);
            return new StopTransactionResponse();
        }

        if (tx.StoppedAt is null)
        {
            (tx.MeterStop, tx.StoppedAt, tx.StopReason) = (stop.MeterStop, stop.Timestamp, stop.Reason ?? "Local");
            tx.LastSocPercent = LatestSoc(stop.TransactionData) ?? tx.LastSocPercent;
            await db.SaveChangesAsync(ct);
            if (tx.SessionId is { } sessionId)
            {
                await signals.ChargeUpdateAsync(sessionId, tx.LastSocPercent, ChargeState.FullyCharged, ct);
                await signals.ChargingStatusAsync(sessionId, ChargingStatuses.Stopped, null, ct);
            }
        }

        return new StopTransactionResponse(new IdTagInfo(OcppValues.Accepted));
    }

    public async Task<EmptyPayload> MeterValuesAsync(string chargePointId, MeterValuesRequest meter, CancellationToken ct)
    {
        var soc = LatestSoc(meter.MeterValue);
        if (soc is null)
        {
            return new EmptyPayload();
        }

        var tx = meter.TransactionId is { } id
            ? await db.OcppTransactions.SingleOrDefaultAsync(t => t.Id == id && t.ChargePointId == chargePointId, ct)
            : await db.OcppTransactions.Where(t => t.ChargePointId == chargePointId && t.ConnectorId == meter.ConnectorId && t.StoppedAt == null)
                .OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        if (tx is { StoppedAt: null })
        {
            tx.LastSocPercent = soc;
            await db.SaveChangesAsync(ct);
            if (tx.SessionId is { } sessionId)
            {
                await signals.ChargeUpdateAsync(sessionId, soc, ChargeState.Charging, ct);
            }
        }

        return new EmptyPayload();
    }

    /// <summary>The last SoC (percent) among the sampled values, if any.</summary>
    public static double? LatestSoc(IReadOnlyList<MeterValue>? values) =>
        values?.OrderBy(v => v.Timestamp).SelectMany(v => v.SampledValue)
            .Where(s => s.Measurand == OcppValues.SocMeasurand)
            .Select(s => double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100 ? p : (double?)null)
            .LastOrDefault(p => p is not null);

    private Task<OcppTransaction?> FindDuplicateAsync(string chargePointId, StartTransactionRequest start, string tag, CancellationToken ct) =>
        db.OcppTransactions.AsNoTracking().SingleOrDefaultAsync(t => t.ChargePointId == chargePointId && t.ConnectorId == start.ConnectorId
            && t.IdTag == tag && t.MeterStart == start.MeterStart && t.StartedAt == start.Timestamp, ct);
}
