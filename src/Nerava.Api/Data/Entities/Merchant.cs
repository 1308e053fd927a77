namespace Nerava.Api.Data.Entities;

/// <summary>A merchant near one or more chargers, with how it wants to hear about arrivals.</summary>
public sealed class Merchant
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Category { get; set; }
    public double Lat { get; set; }
    public double Lng { get; set; }
    public required string Address { get; set; }
    public int PrepMinutes { get; set; } = 5;
    /// <summary>Comma-separated subset of walk_in, eat_in_car, dine_in.</summary>
    public required string FulfillmentModes { get; set; }
    public string? OrderingUrl { get; set; }
    public string? OrderingInstructions { get; set; }
    public string? SmsPhone { get; set; }
    public string? Email { get; set; }
    public bool NotifySms { get; set; }
    public bool NotifyEmail { get; set; }
    /// <summary>"none", or the POS whose orders it looks up: <see cref="OrderSources.Toast"/> or <see cref="OrderSources.Square"/>.</summary>
    public string PosProvider { get; set; } = NoPos;

    public const string NoPos = "none";
    public int PlatformFeeBps { get; set; } = 500;
    /// <summary>The largest order total (cents) a driver's estimate or an SMS total may claim at this merchant.</summary>
    public int MaxOrderCents { get; set; } = 50_000;
    /// <summary>The largest platform fee (cents) one session may bill, whatever the total.</summary>
    public int MaxFeeCents { get; set; } = 2_500;
    public List<MerchantCharger> Chargers { get; set; } = [];
}
