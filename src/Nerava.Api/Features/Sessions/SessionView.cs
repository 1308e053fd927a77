using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>Builds the wire shape of a session (with merchant and charger names).</summary>
public static class SessionView
{
    /// <summary>The session as the API shows it, with its merchant's and charger's names from the catalog cache.</summary>
    public static async Task<SessionResponse> LoadAsync(CatalogCache catalog, ArrivalSessionRow s, CancellationToken ct)
    {
        var merchant = await catalog.MerchantAsync(s.MerchantId, ct);
        var charger = s.ChargerId is null ? null : await catalog.ChargerAsync(s.ChargerId, ct);
        return From(s, merchant?.Name ?? s.MerchantId, charger?.Name, merchant?.OrderingUrl, merchant?.OrderingInstructions);
    }

    public static SessionResponse From(ArrivalSessionRow s, string merchantName, string? chargerName, string? orderingUrl,
        string? orderingInstructions) => new(
        s.Id, SessionStatusNames.ToWire(s.Status), s.MerchantId, merchantName, s.ChargerId, chargerName, s.ArrivalType, s.FulfillmentType,
        s.OrderNumber, s.OrderSource, s.OrderTotalCents, s.OrderStatus, s.DriverEstimateCents,
        new SessionVehicle(s.VehicleColor, s.VehicleModel, s.VehiclePlate), VehicleRequired(s), orderingUrl, orderingInstructions,
        s.CreatedAt, s.ExpiresAt, s.OrderBoundAt, s.GeofenceEnteredAt, s.MerchantNotifiedAt, s.CompletedAt, s.ArrivalSource,
        s.SmartcarEnabled, s.TargetSocPercent, s.ChargeCompleteTrigger,
        s.SmartcarEtaMinutes is { } eta ? Math.Round(eta, 1) : null, s.BillableAmountCents, s.TotalSource, s.FeedbackRating,
        s.PreviousChargerId)
        {
            Evidence = ArrivalEvidenceView.From(s),
            Charging = s.ChargingStatus is null && s.ClaimedStall is null && s.OfferedStall is null
                ? null
                : new ChargingView(s.ChargingStall, s.ChargingStatus, s.ClaimedStall, s.OfferedStall, s.OfferedAt),
            KitchenFiredAt = s.KitchenFiredAt,
            Stall = s.Stall,
            ChargeMinutesToTarget = s.ChargeMinutesToTarget is { } m ? Math.Round(m, 1) : null,
        };

    public static bool VehicleRequired(ArrivalSessionRow s) =>
        string.IsNullOrWhiteSpace(s.VehicleColor) || string.IsNullOrWhiteSpace(s.VehicleModel);
}
