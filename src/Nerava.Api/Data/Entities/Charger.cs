namespace Nerava.Api.Data.Entities;

/// <summary>A charging site. Ids are stable slugs.</summary>
public sealed class Charger
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Network { get; set; }
    public double Lat { get; set; }
    public double Lng { get; set; }
    public required string Address { get; set; }
    public int Stalls { get; set; }
    public int MaxKw { get; set; }
    /// <summary>The highway the site serves ("I-35"), for search; null in town.</summary>
    public string? Highway { get; set; }
    public List<MerchantCharger> Merchants { get; set; } = [];
}
