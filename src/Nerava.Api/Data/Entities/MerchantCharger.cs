namespace Nerava.Api.Data.Entities;

/// <summary>Which merchants are a short walk from which charger.</summary>
public sealed class MerchantCharger
{
    public required string MerchantId { get; set; }
    public required string ChargerId { get; set; }
    public int WalkM { get; set; }
    public Merchant? Merchant { get; set; }
    public Charger? Charger { get; set; }
}
