using System.Net.WebSockets;
using Nerava.Ocpp.Framing;
using Nerava.Ocpp.Security;

namespace Nerava.Ocpp.Simulator;

/// <summary>Opens the charge point's WebSocket. Tests swap it for their in-process server's client.</summary>
public delegate Task<WebSocket> WebSocketConnector(Uri url, string authorization, string subprotocol, CancellationToken ct);

public static class WebSocketConnectors
{
    /// <summary>A real <see cref="ClientWebSocket"/> (loopback in the embedded default).</summary>
    public static readonly WebSocketConnector Client = async (url, authorization, subprotocol, ct) =>
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(subprotocol);
        socket.Options.SetRequestHeader("Authorization", authorization);
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        try
        {
            await socket.ConnectAsync(url, ct);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };

    public static string Authorization(ChargePointOptions options) => BasicCredentials.Header(options.Identity, options.Password);

    public const string Subprotocol = OcppActions.Subprotocol;
}
