namespace Nerava.Api.Features.Ocpp;

/// <summary>Stable <c>error</c> codes of the OCPP feature's HTTP problems.</summary>
public static class OcppProblemCodes
{
    public const string UpgradeRequired = "OCPP_UPGRADE_REQUIRED";
    public const string SubprotocolRequired = "OCPP_SUBPROTOCOL_REQUIRED";
    public const string ChargerNotOcpp = "CHARGER_NOT_OCPP";
    public const string StallNotFound = "STALL_NOT_FOUND";
    public const string ChargerOffline = "CHARGER_OFFLINE";
    public const string ChargingNotAllowed = "CHARGING_NOT_ALLOWED";
}
