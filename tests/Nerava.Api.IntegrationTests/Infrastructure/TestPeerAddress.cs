using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The test server has no sockets; this sets the connection's peer address from the <see cref="Header"/> header, as
/// Kestrel would from the socket, before anything of the app runs (forwarded headers included).
/// </summary>
public sealed class TestPeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestPeerAddress>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            if (http.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var peer))
            {
                http.Connection.RemoteIpAddress = peer;
            }

            return following(http);
        });
        next(app);
    };
}
