namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>Places from the demo catalog the tests use.</summary>
public static class Demo
{
    public const string SanAntonioCharger = "tesla-san-antonio-broadway";
    public const double SanAntonioChargerLat = 29.432173, SanAntonioChargerLng = -98.48268;
    /// <summary>The demo staff account's merchant, a short walk from the San Antonio charger.</summary>
    public const string StaffMerchant = "petes-tako-house-sa";
    public const double DallasLat = 32.7767, DallasLng = -96.7970;
}
