namespace Nerava.Ocpp.Connections;

public sealed record OcppConnectionOptions
{
    /// <summary>How long an outbound CALL waits for its answer (ocpp-rpc uses 30 s for server calls).</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Frames larger than this close the connection (1009): no OCPP 1.6 message we accept comes near it.</summary>
    public int MaxMessageBytes { get; init; } = 64 * 1024;
}
