namespace Nerava.Api.Data.Entities;

/// <summary>A driver, identified by phone (E.164). Vehicle colour and model are what merchants look for.</summary>
public sealed class Driver
{
    public Guid Id { get; set; }
    public required string Phone { get; set; }
    public string? VehicleColor { get; set; }
    public string? VehicleModel { get; set; }
    /// <summary>Optional licence plate, so staff at a busy site can tell two white Model Ys apart.</summary>
    public string? VehiclePlate { get; set; }
    public string? VehicleMake { get; set; }
    public int? VehicleYear { get; set; }
    public DateTimeOffset? VehicleSetAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The driver's own OCPP idTag (≤20 chars), sent in RemoteStartTransaction and recognised in StartTransaction.</summary>
    public string? OcppIdTag { get; set; }
}
