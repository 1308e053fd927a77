using Nerava.Ocpp.Framing;

namespace Nerava.Ocpp.Connections;

/// <summary>
/// A CALL that ended in a CALLERROR: thrown by a handler to answer with that error, and by
/// <see cref="OcppConnection.CallAsync"/> when the peer answered with one (or the call timed out / the socket closed).
/// </summary>
public sealed class OcppCallException(string errorCode, string description) : Exception($"{errorCode}: {description}")
{
    public string ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    public static OcppCallException Timeout(string action) => new(OcppErrorCodes.GenericError, $"{action} timed out.");

    public static OcppCallException Closed(string action) => new(OcppErrorCodes.GenericError, $"The connection closed before {action} was answered.");
}
