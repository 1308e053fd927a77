using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Sessions;

/// <summary>Builds the wire shape of a session (with merchant and charger names).</summary>
public static class SessionView
{
    public static async Task<SessionResponse> LoadAsync(NeravaDbContext db, ArrivalSessionRow s, CancellationToken ct)
    {
        var merchant = await db.Merchants.AsNoTracking().Where(m => m.Id == s.MerchantId)
            .Select(m => new { m.Name, m.OrderingUrl, m.OrderingInstructions }).SingleAsync(ct);
        var chargerName = s.ChargerId is null
            ? null
            : await db.Chargers.AsNoTracking().Where(c => c.Id == s.ChargerId).Select(c => c.Name).SingleOrDefaultAsync(ct);
        return From(s, merchant.Name, chargerName, merchant.OrderingUrl, merchant.OrderingInstructions);
    }

    public static SessionResponse From(ArrivalSessionRow s, string merchantName, string? chargerName, string? orderingUrl,
        string? orderingInstructions) => new(
        s.Id, s.Status, s.MerchantId, merchantName, s.ChargerId, chargerName, s.ArrivalType, s.FulfillmentType,
        s.OrderNumber, s.OrderSource, s.OrderTotalCents, s.OrderStatus, s.DriverEstimateCents,
        new SessionVehicle(s.VehicleColor, s.VehicleModel), VehicleRequired(s), orderingUrl, orderingInstructions,
        s.CreatedAt, s.ExpiresAt, s.OrderBoundAt, s.GeofenceEnteredAt, s.MerchantNotifiedAt, s.CompletedAt, s.ArrivalSource,
        s.SmartcarEnabled, s.TargetSocPercent, s.ChargeCompleteTrigger,
        s.SmartcarEtaMinutes is { } eta ? Math.Round(eta, 1) : null, s.BillableAmountCents, s.TotalSource, s.FeedbackRating);

    public static bool VehicleRequired(ArrivalSessionRow s) =>
        string.IsNullOrWhiteSpace(s.VehicleColor) || string.IsNullOrWhiteSpace(s.VehicleModel);
}
