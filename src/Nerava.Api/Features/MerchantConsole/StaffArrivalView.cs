using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Sessions;
using Nerava.Arrival.Geo;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.MerchantConsole;

/// <summary>
/// A card on the merchant's board, in the console's list and in its live pushes. Staff get how soon (ETA), how far in a
/// coarse band, and whether the driver is on site — never the driver's coordinates. Billing inputs are shown so a
/// confirm never bills silently on the driver's word (<see cref="DriverEstimateCents"/>, <see cref="PosTotalCents"/>);
/// <see cref="CanceledAfterFire"/> marks an order the driver canceled after the kitchen was told to fire.
/// </summary>
public sealed record MerchantArrival(Guid SessionId, string Status, string? OrderNumber, string ArrivalType, string? FulfillmentType,
    SessionVehicle Vehicle, string? ChargerName, double? EtaMinutes, string DistanceBand, bool OnSite, bool ChargeComplete,
    double? BatteryPercent, double? ChargeMinutesToTarget, int? TargetSocPercent, bool ChargeCompleteTrigger, DateTimeOffset? GeofenceEnteredAt,
    DateTimeOffset? MerchantNotifiedAt, DateTimeOffset? CompletedAt, string MerchantReplyCode, DateTimeOffset CreatedAt, int? BillableAmountCents,
    int? DriverEstimateCents, int? PosTotalCents, string? TotalSource, DateTimeOffset? KitchenFiredAt, bool CanceledAfterFire)
{
    /// <summary>"Verified by charger · stall 2" and the confidence behind it; flags when a check-in was contradicted.</summary>
    public ArrivalEvidenceView? Evidence { get; init; }

    /// <summary>The stall the driver said they are at ("7"), so staff walk to the right car.</summary>
    public string? Stall { get; init; }

    /// <summary>The charger site (for the card's map of the site; never the driver's position).</summary>
    public string? ChargerId { get; init; }
}

/// <summary>The <c>session_updated</c> message merchant staff receive.</summary>
public sealed record StaffSessionUpdate(MerchantArrival Arrival);

/// <summary>Builds <see cref="MerchantArrival"/> from a session row and the catalog (for the charger's name and where it is).</summary>
public static class StaffArrivalView
{
    public static async Task<MerchantArrival> LoadAsync(CatalogCache catalog, ArrivalSessionRow s, CancellationToken ct)
    {
        var charger = s.ChargerId is null ? null : await catalog.ChargerAsync(s.ChargerId, ct);
        var merchant = charger is null ? await catalog.MerchantAsync(s.MerchantId, ct) : null;
        GeoPoint? destination = charger is not null ? new GeoPoint(charger.Lat, charger.Lng)
            : merchant is not null ? new GeoPoint(merchant.Lat, merchant.Lng)
            : null;
        return From(s, charger?.Name, destination);
    }

    public static MerchantArrival From(ArrivalSessionRow s, string? chargerName, GeoPoint? destination)
    {
        var onSite = s.GeofenceEnteredAt is not null;
        // The distance is computed here and only its band leaves the server.
        double? distance = destination is { } d && s.SmartcarLastLocationLat is { } lat && s.SmartcarLastLocationLng is { } lng
                           && new GeoPoint(lat, lng) is var last && last.HasValidCoordinates() && d.HasValidCoordinates()
            ? GeoMath.DistanceMeters(d, last)
            : null;
        return new MerchantArrival(s.Id, SessionStatusNames.ToWire(s.Status), s.OrderNumber, s.ArrivalType, s.FulfillmentType, new SessionVehicle(s.VehicleColor, s.VehicleModel, s.VehiclePlate),
            chargerName, onSite ? null : s.SmartcarEtaMinutes is { } eta ? Math.Round(eta, 1) : null, DistanceBands.For(distance, onSite).ToWire(), onSite,
            s.ChargeCompletedAt is not null, s.SmartcarLastBatteryPercent, s.ChargeMinutesToTarget, s.TargetSocPercent, s.ChargeCompleteTrigger,
            s.GeofenceEnteredAt, s.MerchantNotifiedAt, s.CompletedAt, s.MerchantReplyCode, s.CreatedAt, s.BillableAmountCents, s.DriverEstimateCents,
            OrderSources.IsPos(s.OrderSource) ? s.OrderTotalCents : null, s.TotalSource, s.KitchenFiredAt,
            s.Status == SessionStatus.Canceled && s.KitchenFiredAt is not null)
        {
            Evidence = ArrivalEvidenceView.From(s),
            Stall = s.Stall,
            ChargerId = s.ChargerId,
        };
    }
}
