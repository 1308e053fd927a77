namespace Nerava.Api.Features.Ocpp;

/// <summary>Wire values of a session's <c>charging.status</c> (start charging from the app).</summary>
public static class ChargingStatuses
{
    public const string Requested = "requested";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
    public const string Started = "started";
    public const string Stopped = "stopped";
}
