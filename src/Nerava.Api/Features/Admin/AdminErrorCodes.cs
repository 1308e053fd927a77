namespace Nerava.Api.Features.Admin;

/// <summary>Stable <c>error</c> codes of the admin API (see docs/API.md).</summary>
public static class AdminErrorCodes
{
    public const string MerchantExists = "MERCHANT_EXISTS";
    public const string ChargerExists = "CHARGER_EXISTS";
    public const string LinkNotFound = "LINK_NOT_FOUND";
    public const string ChargePointNotFound = "CHARGE_POINT_NOT_FOUND";
    public const string StaffNotFound = "STAFF_NOT_FOUND";
    public const string StaffEmailTaken = "STAFF_EMAIL_TAKEN";
    public const string StaffDisabled = "STAFF_DISABLED";
    public const string InviteInvalid = "INVITE_INVALID";
    public const string BillingEventNotFound = "BILLING_EVENT_NOT_FOUND";
}
