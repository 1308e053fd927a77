namespace Nerava.Api.Features.Auth;

/// <summary>Token subjects and the authorization policies built on them.</summary>
public static class Roles
{
    public const string Driver = "driver";
    public const string MerchantStaff = "merchant_staff";
    public const string Admin = "admin";
    public const string MerchantIdClaim = "merchant_id";

    public const string DriverPolicy = "driver";
    public const string MerchantPolicy = "merchant";
    public const string AdminPolicy = "admin";
}
