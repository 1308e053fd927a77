using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Admin.Merchants;

public sealed record AdminMerchantRequest(string? Id, string? Name, string? Category, double? Lat, double? Lng, string? Address, int? PrepMinutes,
    string[]? FulfillmentModes, string? OrderingUrl, string? OrderingInstructions, string? SmsPhone, string? Email, bool? NotifySms,
    bool? NotifyEmail, int? PlatformFeeBps, int? MaxOrderCents, int? MaxFeeCents);

public sealed record AdminMerchantCharger(string ChargerId, string ChargerName, int WalkM);

public sealed record AdminPosStatus(string Provider, bool Configured, string? ExternalId, DateTimeOffset? UpdatedAt);

public sealed record AdminMerchant(string Id, string Name, string Category, double Lat, double Lng, string Address, int PrepMinutes,
    string[] FulfillmentModes, string? OrderingUrl, string? OrderingInstructions, string? SmsPhone, string? Email, bool NotifySms,
    bool NotifyEmail, int PlatformFeeBps, int MaxOrderCents, int MaxFeeCents, string PosProvider)
{
    public IReadOnlyList<AdminMerchantCharger> Chargers { get; init; } = [];

    public static AdminMerchant From(Merchant m) => new(m.Id, m.Name, m.Category, m.Lat, m.Lng, m.Address, m.PrepMinutes,
        m.FulfillmentModes.Split(',', StringSplitOptions.RemoveEmptyEntries), m.OrderingUrl, m.OrderingInstructions, m.SmsPhone, m.Email,
        m.NotifySms, m.NotifyEmail, m.PlatformFeeBps, m.MaxOrderCents, m.MaxFeeCents, m.PosProvider);
}
