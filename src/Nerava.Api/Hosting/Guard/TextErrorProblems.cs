using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Nerava.Api.Hosting.Guard;

/// <summary>
/// SignalR's transport endpoints under <c>/hubs</c> answer their own errors in text/plain ("Connection ID required",
/// "No Connection with that ID", 405 on a GET negotiate). This turns such an error answer into a problem with the
/// same status and the framework's words as its detail; successful and streaming answers, and WebSocket upgrades,
/// pass through untouched.
/// </summary>
public sealed class TextErrorProblems(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        // A WebSocket upgrade owns the connection once accepted: flushing a wrapped body afterwards throws.
        if (!http.Request.Path.StartsWithSegments("/hubs") || IsUpgrade(http))
        {
            await next(http);
            return;
        }

        var original = http.Features.Get<IHttpResponseBodyFeature>()!;
        var capture = new ErrorCaptureStream(http.Response, original.Stream);
        var wrapper = new StreamResponseBodyFeature(capture, original);
        http.Features.Set<IHttpResponseBodyFeature>(wrapper);
        try
        {
            await next(http);
            await wrapper.CompleteAsync();
        }
        finally
        {
            http.Features.Set(original);
        }

        if (capture.Captured is { } text && !http.Response.HasStarted)
        {
            var status = http.Response.StatusCode;
            http.Response.Headers.ContentType = default;
            http.Response.ContentLength = null;
            await Problems.Create(status, ProblemDetailsSetup.DefaultCode(status), ReasonPhrases.GetReasonPhrase(status),
                string.IsNullOrWhiteSpace(text) ? null : text).ExecuteAsync(http);
        }
    }

    private static bool IsUpgrade(HttpContext http) =>
        http.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest == true
        || http.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true;

    /// <summary>Decides at the first write: an error status is kept back (at most 4 KiB), anything else goes straight out.</summary>
    private sealed class ErrorCaptureStream(HttpResponse response, Stream inner) : Stream
    {
        private MemoryStream? _captured;
        private bool _decided;

        public string? Captured => _captured is null ? null : System.Text.Encoding.UTF8.GetString(_captured.ToArray());

        private Stream? Target()
        {
            if (!_decided)
            {
                _decided = true;
                if (response.StatusCode >= 400 && !response.HasStarted)
                {
                    _captured = new MemoryStream();
                }
            }

            return _captured is null ? inner : null;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            if (Target() is { } target)
            {
                await target.WriteAsync(buffer, ct);
            }
            else if (_captured!.Length < 4096)
            {
                _captured.Write(buffer.Span[..Math.Min(buffer.Length, 4096 - (int)_captured.Length)]);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, default).GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken ct) => Target()?.FlushAsync(ct) ?? Task.CompletedTask;

        public override void Flush() => FlushAsync(default).GetAwaiter().GetResult();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
