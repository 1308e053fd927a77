namespace Nerava.Ocpp.Framing;

/// <summary>The OCPP 1.6 actions this central system speaks (names are case-sensitive on the wire).</summary>
public static class OcppActions
{
    public const string BootNotification = "BootNotification";
    public const string Heartbeat = "Heartbeat";
    public const string StatusNotification = "StatusNotification";
    public const string Authorize = "Authorize";
    public const string StartTransaction = "StartTransaction";
    public const string StopTransaction = "StopTransaction";
    public const string MeterValues = "MeterValues";
    public const string DataTransfer = "DataTransfer";
    public const string RemoteStartTransaction = "RemoteStartTransaction";
    public const string RemoteStopTransaction = "RemoteStopTransaction";

    /// <summary>Charge point → central system actions we handle.</summary>
    public static readonly IReadOnlySet<string> Inbound = new HashSet<string>(StringComparer.Ordinal)
    {
        BootNotification, Heartbeat, StatusNotification, Authorize, StartTransaction, StopTransaction, MeterValues, DataTransfer,
    };

    /// <summary>The OCPP 1.6 subprotocol name (Sec-WebSocket-Protocol).</summary>
    public const string Subprotocol = "ocpp1.6";
}
