using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Arrival;

public sealed record MerchantConfirmRequest(bool? Confirmed, int? MerchantReportedTotalCents);
public sealed record MerchantConfirmResponse(string Status, int? BillableAmountCents);

/// <summary>
/// Merchant staff confirm fulfilment of their own merchant's session (the old system left this open). Before
/// arrival it is 409 NOT_ARRIVED: a merchant can never fire early.
/// </summary>
public static class MerchantConfirm
{
    public static async Task<Results<Ok<MerchantConfirmResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id,
        MerchantConfirmRequest request, ClaimsPrincipal user, SessionStore store, ConfirmFulfilment fulfilment, CancellationToken ct)
    {
        var v = new Validator().Require(request.Confirmed == true, "confirmed", "Must be true to confirm fulfilment.")
            .NonNegative(request.MerchantReportedTotalCents, "merchant_reported_total_cents");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var row = await store.FindForMerchantAsync(id, user.MerchantId(), ct);
        if (row is null)
        {
            return TransitionProblems.NotFound();
        }

        var confirmed = await fulfilment.ConfirmAsync(row, request.MerchantReportedTotalCents, ct);
        return confirmed.Result.Outcome switch
        {
            ApplyOutcome.Applied => TypedResults.Ok(new MerchantConfirmResponse(confirmed.Status, confirmed.BillableAmountCents)),
            ApplyOutcome.Rejected => TransitionProblems.For(confirmed.Result.Transition!),
            _ => TransitionProblems.Raced(),
        };
    }
}
