using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Nerava.Api.IntegrationTests.Features.Realtime;

/// <summary>A SignalR client of /hubs/sessions on a test server, collecting every session_updated push.</summary>
internal sealed class SessionHubListener(HubConnection connection) : IAsyncDisposable
{
    public Channel<JsonElement> Received { get; } = Channel.CreateUnbounded<JsonElement>();

    public static async Task<SessionHubListener> ConnectAsync(NeravaApiFactory api, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Server.BaseAddress, "/hubs/sessions"), o =>
            {
                o.HttpMessageHandlerFactory = _ => api.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        var listener = new SessionHubListener(connection);
        connection.On<JsonElement>("session_updated", update => listener.Received.Writer.TryWrite(update));
        await connection.StartAsync();
        return listener;
    }

    /// <summary>The first push that matches, waiting up to <paramref name="within"/> (default 15 s).</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> match, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(45));
        while (true)
        {
            var update = await Received.Reader.ReadAsync(timeout.Token);
            if (match(update))
            {
                return update;
            }
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
