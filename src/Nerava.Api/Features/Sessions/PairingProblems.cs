using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>The 400s of the domain's pairing rules (SessionPairing), with what the client needs to fix the request.</summary>
public static class PairingProblems
{
    public static ProblemHttpResult For(string code, Merchant merchant, string? chargerId, IReadOnlyList<string> offeredModes) => code switch
    {
        SessionErrorCodes.ChargerNotAtMerchant => Problems.BadRequest(code, "That charger is not at this merchant.",
            $"{merchant.Name} is not linked to charger {chargerId}; pick one of its chargers.",
            new Dictionary<string, object?> { ["merchant_id"] = merchant.Id, ["charger_id"] = chargerId }),
        _ => Problems.BadRequest(code, "This merchant does not offer that.", $"{merchant.Name} offers {string.Join(", ", offeredModes)}.",
            new Dictionary<string, object?> { ["fulfillment_modes"] = offeredModes }),
    };

    public static ProblemHttpResult EstimateOutOfRange(Merchant merchant) =>
        Problems.BadRequest(SessionErrorCodes.EstimateOutOfRange, "The estimate is out of range.",
            $"An estimate at {merchant.Name} is between $0.01 and {Money.Dollars(merchant.MaxOrderCents)}.",
            new Dictionary<string, object?> { ["min_cents"] = SessionPairing.MinEstimateCents, ["max_order_cents"] = merchant.MaxOrderCents });

    public static ProblemHttpResult TotalOutOfRange(Merchant merchant) =>
        Problems.BadRequest(SessionErrorCodes.TotalOutOfRange, "The total is out of range.",
            $"A total at {merchant.Name} is at most {Money.Dollars(merchant.MaxOrderCents)}; ask Nerava to raise the limit for larger orders.",
            new Dictionary<string, object?> { ["max_order_cents"] = merchant.MaxOrderCents });

    /// <summary>The modes a merchant offers, from its comma-separated column.</summary>
    public static IReadOnlyList<string> OfferedModes(Merchant merchant) =>
        merchant.FulfillmentModes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
