using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Nerava.Api.Data;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

/// <param name="Confirmed">True or left out (the existing system defaults it to true); false confirms nothing.</param>
/// <param name="MerchantReportedTotalCents">The order's total as the merchant knows it (1 ≤ x ≤ the merchant's largest order).</param>
/// <param name="ConfirmedEstimateCents">Instead of a total: the driver's estimate the console showed ("Confirm $24.50").</param>
public sealed record MerchantConfirmRequest(bool? Confirmed, int? MerchantReportedTotalCents, int? ConfirmedEstimateCents = null);
public sealed record MerchantConfirmResponse(string Status, int? BillableAmountCents, string? TotalSource);

/// <summary>
/// Merchant staff confirm fulfilment of their own merchant's session (the old system left this open). Before
/// arrival it is 409 NOT_ARRIVED: a merchant can never fire early.
/// </summary>
public static class MerchantConfirm
{
    public static async Task<Results<Ok<MerchantConfirmResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] MerchantConfirmRequest? request, ClaimsPrincipal user, SessionStore store,
        ConfirmFulfilment fulfilment, CatalogCache catalog, CancellationToken ct)
    {
        request ??= new MerchantConfirmRequest(null, null);
        // The existing system defaults "confirmed" to true; an explicit false confirms nothing.
        var v = new Validator().Require(request.Confirmed != false, "confirmed", "Must be true (or left out) to confirm fulfilment.")
            .NonNegative(request.MerchantReportedTotalCents, "merchant_reported_total_cents")
            .Require(request.ConfirmedEstimateCents is null or > 0, "confirmed_estimate_cents", "Must be the estimate shown, in cents.")
            .Require(request.ConfirmedEstimateCents is null || request.MerchantReportedTotalCents is null or 0, "confirmed_estimate_cents",
                "Send the total you know or the estimate you confirmed, not both.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var row = await store.FindForMerchantAsync(id, user.MerchantId(), ct);
        if (row is null)
        {
            return TransitionProblems.NotFound();
        }

        var confirmed = await fulfilment.ConfirmAsync(row, request.MerchantReportedTotalCents, request.ConfirmedEstimateCents, ct);
        return confirmed.Result switch
        {
            { Outcome: ApplyOutcome.Applied } =>
                TypedResults.Ok(new MerchantConfirmResponse(confirmed.Status, confirmed.BillableAmountCents, confirmed.TotalSource)),
            { Outcome: ApplyOutcome.Rejected, Transition: { } t } => TransitionProblems.For(t),
            { Refusal.ErrorCode: SessionErrorCodes.TotalOutOfRange } => PairingProblems.TotalOutOfRange((await catalog.MerchantAsync(row.MerchantId, ct))!),
            { Refusal.ErrorCode: SessionErrorCodes.EstimateChanged } => Problems.Conflict(SessionErrorCodes.EstimateChanged,
                "The driver's estimate is not the one you confirmed.", "Reload the board and confirm again.",
                new Dictionary<string, object?> { ["driver_estimate_cents"] = row.DriverEstimateCents }),
            _ => TransitionProblems.Raced(),
        };
    }
}
