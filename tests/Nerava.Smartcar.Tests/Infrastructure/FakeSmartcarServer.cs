using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Nerava.Smartcar.Tests.Infrastructure;

/// <summary>A Kestrel server on 127.0.0.1 with an OS-chosen port, serving whatever endpoints a test maps.</summary>
public sealed class FakeSmartcarServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSmartcarServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary><c>http://127.0.0.1:{port}</c>, no trailing slash.</summary>
    public string BaseUrl { get; }

    public static async Task<FakeSmartcarServer> StartAsync(Action<IEndpointRouteBuilder> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddRouting();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Urls.First();
        return new FakeSmartcarServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
