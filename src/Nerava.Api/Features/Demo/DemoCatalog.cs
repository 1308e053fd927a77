using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nerava.Api.Features.Demo;

/// <summary>The shape of Data/Seed/demo-catalog.json: real charging sites along I-35 and merchants near them.</summary>
public sealed record DemoCatalog(List<DemoCharger> Chargers, List<DemoMerchant> Merchants)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static DemoCatalog Load(string path) =>
        JsonSerializer.Deserialize<DemoCatalog>(File.ReadAllText(path), Json)
        ?? throw new InvalidOperationException($"Empty demo catalog at {path}.");
}

public sealed record DemoCharger(string Id, string Name, string Network, double Lat, double Lng, string Address, int Stalls,
    [property: JsonPropertyName("max_kw")] int MaxKw, List<DemoChargePoint>? OcppChargePoints = null, string? Highway = null);

/// <summary>A merchant-hosted OCPP charge point of a demo site; its key is issued at run time, never shipped.</summary>
public sealed record DemoChargePoint(string Id, int Connectors);

public sealed record DemoMerchant(string Id, string Name, string Category, double Lat, double Lng, string Address,
    int PrepMinutes, List<string> FulfillmentModes, string? OrderingUrl, string? OrderingInstructions, bool NotifySms,
    string? SmsPhone, bool NotifyEmail, string? Email, List<DemoMerchantCharger> Chargers);

public sealed record DemoMerchantCharger(string ChargerId, int WalkM);
