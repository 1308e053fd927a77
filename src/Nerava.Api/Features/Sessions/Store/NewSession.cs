namespace Nerava.Api.Features.Sessions;

/// <summary>Everything a new session starts with; the reply code is drawn when it is inserted.</summary>
public sealed record NewSession(
    Guid Id,
    Guid DriverId,
    string MerchantId,
    string? ChargerId,
    string ArrivalType,
    string FulfillmentType,
    string? IdempotencyKey,
    string? VehicleColor,
    string? VehicleModel,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    double? CreatedLat,
    double? CreatedLng,
    int PlatformFeeBps,
    string? SmartcarVehicleId,
    int? TargetSocPercent,
    bool ChargeCompleteTrigger,
    int? DriverEstimateCents)
{
    public string? VehiclePlate { get; init; }
}
