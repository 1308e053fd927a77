using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.MerchantReplies;

/// <summary>
/// Acts on a merchant's reply. Only the merchant's own registered phone can confirm its sessions; an unknown code or
/// a reply without one changes nothing and gets a helpful answer; a repeat gets an acknowledgement. A reply without an
/// amount bills the driver's estimate only within the merchant's largest order, and the answer says it did.
/// </summary>
public sealed class ReplyHandler(NeravaDbContext db, ConfirmFulfilment fulfilment, ILogger<ReplyHandler> logger)
{
    public async Task<string> HandleAsync(string from, string body, CancellationToken ct)
    {
        var merchant = await db.Merchants.AsNoTracking().Where(m => m.SmsPhone == from)
            .Select(m => new { m.Id, m.Name, m.MaxOrderCents }).FirstOrDefaultAsync(ct);
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
                ? $"{Capitalized(MerchantMessages.OrderRef(done))} (code {reply.Code}) is already confirmed. Thanks!"
                : $"No active arrival found for code {reply.Code}. Check the code in the arrival text.";
        }

        var result = await fulfilment.ConfirmAsync(active, reply.TotalCents, null, ct);
        logger.LogInformation("SMS confirm for session {SessionId} by merchant {MerchantId}: {Outcome}", active.Id, merchant.Id, result.Result.Outcome);
        var order = MerchantMessages.OrderRef(active);
        return result.Result switch
        {
            { Outcome: ApplyOutcome.Applied } => $"Confirmed {order} (code {reply.Code}). " + Fee(result, active.DriverEstimateCents),
            { Transition.ErrorCode: SessionErrorCodes.NotArrived } =>
                $"{Capitalized(order)} (code {reply.Code}): the driver has not arrived yet. We'll text you when to fire.",
            { Refusal.ErrorCode: SessionErrorCodes.TotalOutOfRange } =>
                $"{Money.Dollars(reply.TotalCents ?? 0)} is above this store's limit of {Money.Dollars(merchant.MaxOrderCents)}. " +
                $"Reply DONE {reply.Code} with the order's real total.",
            { Outcome: ApplyOutcome.Rejected } => $"Code {reply.Code} can't be confirmed now ({result.Result.Transition?.ErrorCode}).",
            _ => $"Code {reply.Code} changed while we were confirming it — please send it again.",
        };
    }

    private static string Fee(FulfilmentResult result, int? estimateCents) => result switch
    {
        { BillableAmountCents: { } fee, TotalSource: TotalSources.DriverEstimate } =>
            $"Nerava fee: {Money.Dollars(fee)}, on the driver's estimate of {Money.Dollars(estimateCents ?? 0)} (no total was sent).",
        { BillableAmountCents: { } fee } => $"Nerava fee: {Money.Dollars(fee)}.",
        _ => "Thanks!",
    };

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
