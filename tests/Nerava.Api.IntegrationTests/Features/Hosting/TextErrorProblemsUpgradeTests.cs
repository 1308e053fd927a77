using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Hosting.Guard;

namespace Nerava.Api.IntegrationTests.Features.Hosting;

/// <summary>
/// A SignalR WebSocket on a real server: once Kestrel upgraded the connection, any write or flush of the response
/// body throws. The in-memory test server never upgrades, so this drives the middleware with Kestrel's behaviour.
/// </summary>
public sealed class TextErrorProblemsUpgradeTests
{
    [Fact]
    public async Task A_websocket_upgrade_on_hubs_passes_through_and_nothing_touches_the_body_afterwards()
    {
        var http = HubRequest(upgradable: true, out var body);
        var middleware = new TextErrorProblems(_ =>
        {
            body.Upgraded = true; // what Kestrel does when the hub accepts the WebSocket
            return Task.CompletedTask;
        });

        // Before the fix this threw "Cannot write to response body after connection has been upgraded".
        await middleware.InvokeAsync(http);

        Assert.Same(body, http.Features.Get<IHttpResponseBodyFeature>());
    }

    [Fact]
    public async Task A_plain_hub_error_still_becomes_a_problem()
    {
        var http = HubRequest(upgradable: false, out _);
        var middleware = new TextErrorProblems(async h =>
        {
            h.Response.StatusCode = 400;
            h.Response.ContentType = "text/plain";
            await h.Response.WriteAsync("Connection ID required");
        });

        await middleware.InvokeAsync(http);

        Assert.Equal(400, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType, StringComparison.Ordinal);
    }

    private static DefaultHttpContext HubRequest(bool upgradable, out UpgradingBody body)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddProblemDetails().AddLogging().BuildServiceProvider() };
        http.Request.Path = "/hubs/session";
        body = new UpgradingBody();
        http.Features.Set<IHttpResponseBodyFeature>(body);
        http.Features.Set<IHttpUpgradeFeature>(new Upgradable(upgradable));
        return http;
    }

    private sealed class Upgradable(bool upgradable) : IHttpUpgradeFeature
    {
        public bool IsUpgradableRequest => upgradable;
        public Task<Stream> UpgradeAsync() => throw new NotSupportedException();
    }

    /// <summary>Like Kestrel's body after an upgrade: any write, flush or completion then throws.</summary>
    private sealed class UpgradingBody : IHttpResponseBodyFeature
    {
        private readonly UpgradableStream _stream = new();

        public bool Upgraded { get => _stream.Upgraded; set => _stream.Upgraded = value; }
        public Stream Stream => _stream;
        public System.IO.Pipelines.PipeWriter Writer => System.IO.Pipelines.PipeWriter.Create(_stream);
        public void DisableBuffering() { }
        public Task StartAsync(CancellationToken cancellationToken = default) => _stream.Use(Task.CompletedTask);
        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => _stream.Use(Task.CompletedTask);
        public Task CompleteAsync() => _stream.Use(Task.CompletedTask);
    }

    private sealed class UpgradableStream : MemoryStream
    {
        public bool Upgraded { get; set; }

        public T Use<T>(T value) => Upgraded ? throw new InvalidOperationException("Cannot write to response body after connection has been upgraded.") : value;

        public override void Flush() => Use(0);
        public override Task FlushAsync(CancellationToken cancellationToken) => Use(Task.CompletedTask);
        public override void Write(byte[] buffer, int offset, int count) => base.Write(buffer, offset, Use(count));
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Use(base.WriteAsync(buffer, cancellationToken));
    }
}
