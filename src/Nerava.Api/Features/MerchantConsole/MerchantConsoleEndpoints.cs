using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Auth;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.MerchantConsole;

/// <summary>
/// A card on the merchant's board. Billing inputs are shown so a confirm never bills silently on the driver's word
/// (<see cref="DriverEstimateCents"/>, <see cref="PosTotalCents"/>); <see cref="CanceledAfterFire"/> marks an order the
/// driver canceled after the kitchen was told to fire.
/// </summary>
public sealed record MerchantArrival(Guid SessionId, string Status, string? OrderNumber, string ArrivalType, string? FulfillmentType,
    SessionVehicle Vehicle, string? ChargerName, double? EtaMinutes, double? BatteryPercent, double? ChargeMinutesToTarget,
    int? TargetSocPercent, bool ChargeCompleteTrigger, DateTimeOffset? GeofenceEnteredAt, DateTimeOffset? MerchantNotifiedAt,
    DateTimeOffset? CompletedAt, string MerchantReplyCode, DateTimeOffset CreatedAt, int? BillableAmountCents,
    int? DriverEstimateCents, int? PosTotalCents, string? TotalSource, DateTimeOffset? KitchenFiredAt, bool CanceledAfterFire)
{
    /// <summary>"Verified by charger · stall 2" and the confidence behind it; flags when a check-in was contradicted.</summary>
    public ArrivalEvidenceView? Evidence { get; init; }
}

/// <summary>The merchant console's API: its own merchant's arrivals only.</summary>
public static class MerchantConsoleEndpoints
{
    public static RouteGroupBuilder MapMerchantConsoleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/merchant").WithTags("Merchant").RequireAuthorization(Roles.MerchantPolicy);
        group.MapGet("/arrivals", ListAsync);
        group.MapPost("/arrivals/{id:guid}/confirm", MerchantConfirm.HandleAsync);
        group.MapGet("/settings", MerchantSettingsHandlers.GetAsync);
        group.MapPut("/settings", MerchantSettingsHandlers.PutAsync);
        return group;
    }

    private static async Task<Results<Ok<List<MerchantArrival>>, ValidationProblem>> ListAsync(string? status, ClaimsPrincipal user,
        NeravaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var filter = SessionStatus.PendingOrder;
        if (status is not null && !SessionStatusNames.TryParse(status, out filter))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["status"] = ["Unknown status."] });
        }

        var merchantId = user.MerchantId();
        var since = clock.GetUtcNow().AddDays(-2);
        var query = db.Sessions.AsNoTracking().Where(s => s.MerchantId == merchantId);
        query = status is null
            ? query.Where(s => SessionStatusNames.Active.Contains(s.Status) || s.CreatedAt > since)
            : query.Where(s => s.Status == filter);
        var rows = await query.OrderByDescending(s => s.CreatedAt).Take(200)
            .GroupJoin(db.Chargers, s => s.ChargerId, c => c.Id, (s, cs) => new { s, cs })
            .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => new { x.s, ChargerName = c != null ? c.Name : null })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(x => new MerchantArrival(x.s.Id, SessionStatusNames.ToWire(x.s.Status), x.s.OrderNumber, x.s.ArrivalType, x.s.FulfillmentType,
            new SessionVehicle(x.s.VehicleColor, x.s.VehicleModel), x.ChargerName, x.s.SmartcarEtaMinutes, x.s.SmartcarLastBatteryPercent,
            x.s.ChargeMinutesToTarget, x.s.TargetSocPercent, x.s.ChargeCompleteTrigger, x.s.GeofenceEnteredAt, x.s.MerchantNotifiedAt,
            x.s.CompletedAt, x.s.MerchantReplyCode, x.s.CreatedAt, x.s.BillableAmountCents, x.s.DriverEstimateCents,
            OrderSources.IsPos(x.s.OrderSource) ? x.s.OrderTotalCents : null, x.s.TotalSource, x.s.KitchenFiredAt,
            x.s.Status == SessionStatus.Canceled && x.s.KitchenFiredAt is not null)
        { Evidence = ArrivalEvidenceView.From(x.s) }).ToList());
    }
}
