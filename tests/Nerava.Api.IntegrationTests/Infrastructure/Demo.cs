namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>Places from the demo catalog the tests use.</summary>
public static class Demo
{
    public const string SanAntonioCharger = "tesla-san-antonio-broadway";
    public const double SanAntonioChargerLat = 29.432173, SanAntonioChargerLng = -98.48268;
    /// <summary>The demo staff account's merchant, a short walk from the San Antonio charger.</summary>
    public const string StaffMerchant = "petes-tako-house-sa";
    public const double DallasLat = 32.7767, DallasLng = -96.7970;

    /// <summary>Another merchant at the San Antonio charger (walk-in and dine-in only), for tests that change a merchant's settings.</summary>
    public const string OtherSanAntonioMerchant = "roadmap-brewing-sa";

    /// <summary>A charger in Dallas, 400 km from San Antonio, linked to other merchants.</summary>
    public const string DallasCharger = "evgo-dallas-cedar-springs";
    public const double DallasChargerLat = 32.809636, DallasChargerLng = -96.808726;

    /// <summary>The Buc-ee's charger in New Braunfels, 50 km from San Antonio.</summary>
    public const string NewBraunfelsCharger = "tesla-new-braunfels-bucees";
    public const double NewBraunfelsChargerLat = 29.726988, NewBraunfelsChargerLng = -98.079645;

    /// <summary>A merchant linked to two neighbouring stall banks at the San Marcos outlets (~120 m apart).</summary>
    public const string SanMarcosMerchant = "marias-fajitas-sm";
    public const string SanMarcosTesla = "tesla-san-marcos-outlets";
    public const string SanMarcosEa = "ea-san-marcos-outlets";
    public const double SanMarcosEaLat = 29.82676, SanMarcosEaLng = -97.98034;
    public const double SanMarcosMerchantLat = 29.828312, SanMarcosMerchantLng = -97.980859;
}
