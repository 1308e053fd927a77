using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Nerava.Ocpp.Connections;
using Nerava.Ocpp.Framing;
using Nerava.Ocpp.Messages;

namespace Nerava.Ocpp.Tests;

/// <summary>Two OcppConnections talking over a loopback TCP socket pair.</summary>
public sealed class ConnectionTests
{
    private sealed class Handler(params string[] actions) : IOcppCallHandler
    {
        public IReadOnlySet<string> Actions { get; } = actions.ToHashSet();

        public Task<JsonElement> HandleAsync(OcppConnection connection, OcppCall call, CancellationToken ct) => call.Action switch
        {
            OcppActions.Heartbeat => Task.FromResult(OcppJson.ToElement(new HeartbeatResponse(DateTimeOffset.UtcNow))),
            OcppActions.RemoteStartTransaction => Task.FromResult(OcppJson.ToElement(new RemoteCommandResponse(OcppValues.Accepted))),
            _ => throw new OcppCallException(OcppErrorCodes.GenericError, "no"),
        };
    }

    private static async Task<(WebSocket Server, WebSocket Client)> PairAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        var server = await listener.AcceptTcpClientAsync();
        listener.Stop();
        return (WebSocket.CreateFromStream(server.GetStream(), true, OcppActions.Subprotocol, Timeout.InfiniteTimeSpan),
            WebSocket.CreateFromStream(client.GetStream(), false, OcppActions.Subprotocol, Timeout.InfiniteTimeSpan));
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        var buffer = new byte[8192];
        var read = await socket.ReceiveAsync(buffer, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        return Encoding.UTF8.GetString(buffer, 0, read.Count);
    }

    private static Task SendTextAsync(WebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    [Fact]
    public async Task Bad_frames_get_their_callerror_and_the_connection_keeps_answering()
    {
        var (server, raw) = await PairAsync();
        var connection = new OcppConnection("CP-1", server, new Handler(OcppActions.Heartbeat));
        _ = connection.RunAsync(CancellationToken.None);

        await SendTextAsync(raw, """[2,"a","FirmwareStatusNotification",{"status":"Idle"}]""");
        Assert.Contains("\"NotImplemented\"", await ReceiveTextAsync(raw), StringComparison.Ordinal);
        await SendTextAsync(raw, """[2,"b","Heartbeat",{"x":1}]""");
        Assert.StartsWith("""[4,"b","FormationViolation",""", await ReceiveTextAsync(raw), StringComparison.Ordinal);
        await SendTextAsync(raw, """[2,"c","Heartbeat"]""");
        Assert.StartsWith("""[4,"c","FormationViolation",""", await ReceiveTextAsync(raw), StringComparison.Ordinal);
        await SendTextAsync(raw, """[2,"d","Heartbeat",{}]""");
        Assert.StartsWith("""[3,"d",{"currentTime":""", await ReceiveTextAsync(raw), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outbound_call_is_settled_by_the_peers_answer_and_a_late_answer_is_dropped()
    {
        var (serverSocket, clientSocket) = await PairAsync();
        var server = new OcppConnection("CP-1", serverSocket, new Handler());
        var client = new OcppConnection("CP-1", clientSocket, new Handler(OcppActions.RemoteStartTransaction));
        _ = server.RunAsync(CancellationToken.None);
        _ = client.RunAsync(CancellationToken.None);

        var answer = await server.CallAsync(OcppActions.RemoteStartTransaction,
            OcppJson.ToElement(new RemoteStartTransactionRequest("NVTAG", 2)), CancellationToken.None);

        Assert.Equal("Accepted", answer.GetProperty("status").GetString());
        var refused = await Assert.ThrowsAsync<OcppCallException>(() => server.CallAsync(OcppActions.RemoteStopTransaction,
            OcppJson.ToElement(new RemoteStopTransactionRequest(1)), CancellationToken.None));
        Assert.Equal(OcppErrorCodes.NotImplemented, refused.ErrorCode);
    }

    [Fact]
    public async Task A_call_times_out_and_an_invalid_call_of_ours_is_never_sent()
    {
        var (serverSocket, raw) = await PairAsync();
        var server = new OcppConnection("CP-1", serverSocket, new Handler(), new OcppConnectionOptions { CallTimeout = TimeSpan.FromMilliseconds(200) });
        _ = server.RunAsync(CancellationToken.None);

        var timeout = await Assert.ThrowsAsync<OcppCallException>(() => server.CallAsync(OcppActions.RemoteStopTransaction,
            OcppJson.ToElement(new RemoteStopTransactionRequest(1)), CancellationToken.None));
        Assert.Contains("timed out", timeout.Description, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => server.CallAsync(OcppActions.RemoteStartTransaction,
            OcppJson.ToElement(new RemoteStartTransactionRequest(new string('x', 21))), CancellationToken.None));
    }

    [Fact]
    public void The_newest_connection_wins_and_an_old_close_does_not_remove_it()
    {
        var registry = new OcppConnectionRegistry();
        using var a = WebSocket.CreateFromStream(new MemoryStream(), true, null, Timeout.InfiniteTimeSpan);
        var first = new OcppConnection("CP-1", a, new Handler());
        var second = new OcppConnection("CP-1", a, new Handler());

        Assert.Null(registry.Register(first));
        Assert.Same(first, registry.Register(second));
        Assert.False(registry.Unregister(first));
        Assert.Same(second, registry.Find("CP-1"));
        Assert.True(registry.Unregister(second));
        Assert.Null(registry.Find("CP-1"));
    }
}
