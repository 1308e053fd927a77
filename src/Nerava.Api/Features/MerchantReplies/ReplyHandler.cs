using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.MerchantReplies;

/// <summary>
/// Acts on a merchant's reply. Only the merchant's own registered phone can confirm its sessions; an unknown code or
/// a reply without one changes nothing and gets a helpful answer; a repeat gets an acknowledgement.
/// </summary>
public sealed class ReplyHandler(NeravaDbContext db, ConfirmFulfilment fulfilment, ILogger<ReplyHandler> logger)
{
    public async Task<string> HandleAsync(string from, string body, CancellationToken ct)
    {
        var merchant = await db.Merchants.AsNoTracking().Where(m => m.SmsPhone == from).Select(m => new { m.Id, m.Name }).FirstOrDefaultAsync(ct);
        if (merchant is null)
        {
            return "This number is not registered with Nerava. Ask your manager to add it in the merchant console.";
        }

        var reply = ReplyParser.Parse(body);
        if (reply.Code is null)
        {
            return "Please include the 4-digit code from the arrival text. Example: DONE 1234 (or DONE 1234 $45 with the order total).";
        }

        var sessions = await db.Sessions.Where(s => s.MerchantId == merchant.Id && s.MerchantReplyCode == reply.Code)
            .OrderByDescending(s => s.CreatedAt).Take(5).ToListAsync(ct);
        var active = sessions.FirstOrDefault(s => SessionStatusNames.IsActive(s.Status));
        if (active is null)
        {
            return sessions.FirstOrDefault(s => s.Status is SessionStatus.Completed or SessionStatus.CompletedUnbillable) is { } done
                ? $"Order {done.OrderNumber ?? "N/A"} (code {reply.Code}) is already confirmed. Thanks!"
                : $"No active arrival found for code {reply.Code}. Check the code in the arrival text.";
        }

        var result = await fulfilment.ConfirmAsync(active, reply.TotalCents, ct);
        logger.LogInformation("SMS confirm for session {SessionId} by merchant {MerchantId}: {Outcome}", active.Id, merchant.Id, result.Result.Outcome);
        return result.Result.Outcome switch
        {
            ApplyOutcome.Applied => $"Confirmed order {active.OrderNumber ?? "N/A"} (code {reply.Code}). " +
                (result.BillableAmountCents is { } fee ? $"Nerava fee: ${(fee / 100m).ToString("0.00", CultureInfo.InvariantCulture)}." : "Thanks!"),
            ApplyOutcome.Rejected when result.Result.Transition?.ErrorCode == SessionErrorCodes.NotArrived =>
                $"Order {active.OrderNumber ?? "N/A"} (code {reply.Code}): the driver has not arrived yet. We'll text you when to fire.",
            ApplyOutcome.Rejected => $"Code {reply.Code} can't be confirmed now ({result.Result.Transition?.ErrorCode}).",
            _ => $"Code {reply.Code} changed while we were confirming it — please send it again.",
        };
    }
}
