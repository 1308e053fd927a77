using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Ocpp.Connections;
using Nerava.Ocpp.Framing;
using Nerava.Ocpp.Messages;

namespace Nerava.Api.Features.Ocpp;

/// <summary>
/// The central system's answers to a charge point's CALLs (payloads already schema-valid). Transaction messages are
/// always answered: a failure behind them is logged, never a CALLERROR, or the charger would resend forever (ocpp.md §5).
/// </summary>
public sealed class ChargePointMessages(NeravaDbContext db, ChargerTransactions transactions, ChargerStatuses statuses,
    IOptions<OcppOptions> options, TimeProvider clock)
{
    public async Task<JsonElement> HandleAsync(string chargePointId, OcppCall call, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        object answer = call.Action switch
        {
            OcppActions.BootNotification => await BootAsync(chargePointId, OcppJson.Read<BootNotificationRequest>(call.Payload), now, ct),
            OcppActions.Heartbeat => await HeartbeatAsync(chargePointId, now, ct),
            OcppActions.StatusNotification => await statuses.HandleAsync(chargePointId, OcppJson.Read<StatusNotificationRequest>(call.Payload), ct),
            OcppActions.Authorize => new AuthorizeResponse(await transactions.AuthorizeAsync(OcppJson.Read<AuthorizeRequest>(call.Payload).IdTag, ct)),
            OcppActions.StartTransaction => await transactions.StartAsync(chargePointId, OcppJson.Read<StartTransactionRequest>(call.Payload), ct),
            OcppActions.StopTransaction => await transactions.StopAsync(chargePointId, OcppJson.Read<StopTransactionRequest>(call.Payload), ct),
            OcppActions.MeterValues => await transactions.MeterValuesAsync(chargePointId, OcppJson.Read<MeterValuesRequest>(call.Payload), ct),
            // No vendor extensions are spoken here.
            OcppActions.DataTransfer => new DataTransferResponse(OcppValues.UnknownVendorId),
            _ => throw new OcppCallException(OcppErrorCodes.NotImplemented, $"{call.Action} is not implemented."),
        };
        return JsonSerializer.SerializeToElement(answer, answer.GetType(), OcppJson.Options);
    }

    private async Task<BootNotificationResponse> BootAsync(string chargePointId, BootNotificationRequest boot, DateTimeOffset now, CancellationToken ct)
    {
        await db.ChargePoints.Where(c => c.Id == chargePointId).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.Vendor, boot.ChargePointVendor).SetProperty(c => c.Model, boot.ChargePointModel)
            .SetProperty(c => c.FirmwareVersion, boot.FirmwareVersion).SetProperty(c => c.LastBootAt, now).SetProperty(c => c.LastSeenAt, now), ct);
        return new BootNotificationResponse(OcppValues.Accepted, now, (int)options.Value.HeartbeatInterval.TotalSeconds);
    }

    private async Task<HeartbeatResponse> HeartbeatAsync(string chargePointId, DateTimeOffset now, CancellationToken ct)
    {
        await db.ChargePoints.Where(c => c.Id == chargePointId).ExecuteUpdateAsync(u => u.SetProperty(c => c.LastSeenAt, now), ct);
        return new HeartbeatResponse(now);
    }
}
