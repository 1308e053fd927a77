using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Nerava.Bench.Http;

/// <summary>
/// What the API's worker sends during the HTTP benchmark: a Twilio REST stand-in that records each SMS (login codes are
/// read from it) and an SMTP sink that accepts every mail. Both answer at once; they exist so the worker's sends succeed
/// and cause no retry traffic on the database being measured.
/// </summary>
internal sealed class MessageSinks : IAsyncDisposable
{
    private readonly WebApplication _twilio;
    private readonly TcpListener _smtp;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _sms = new(StringComparer.Ordinal);

    private MessageSinks(WebApplication twilio, TcpListener smtp)
    {
        _twilio = twilio;
        _smtp = smtp;
    }

    public string TwilioBaseUrl => _twilio.Urls.First();

    public int SmtpPort => ((IPEndPoint)_smtp.LocalEndpoint).Port;

    public long SmsCount => _sms.Values.Sum(q => (long)q.Count);

    public static async Task<MessageSinks> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var twilio = builder.Build();
        var smtp = new TcpListener(IPAddress.Loopback, 0);
        var sinks = new MessageSinks(twilio, smtp);
        twilio.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            sinks._sms.GetOrAdd(form["To"].ToString(), _ => new()).Enqueue(form["Body"].ToString());
            return Results.Json(new { sid = $"SM{Guid.NewGuid():N}", status = "queued" }, statusCode: 201);
        });
        twilio.MapGet("/2010-04-01/Accounts/{sid}/Messages.json", () => Results.Json(new { messages = Array.Empty<object>() }));
        await twilio.StartAsync();
        smtp.Start();
        _ = sinks.AcceptSmtpAsync();
        return sinks;
    }

    /// <summary>The newest SMS to <paramref name="to"/> matching <paramref name="pick"/>, waiting up to 30 s for it.</summary>
    public async Task<string> WaitForSmsAsync(string to, Func<string, string?> pick)
    {
        for (var i = 0; i < 300; i++)
        {
            if (_sms.TryGetValue(to, out var queue) && queue.Reverse().Select(pick).FirstOrDefault(x => x is not null) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No SMS to {to} within 30 s (is the worker running?).");
    }

    private async Task AcceptSmtpAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _smtp.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = ServeSmtpAsync(client);
        }
    }

    // Just enough SMTP (RFC 5321) for MailKit: greet, 250 to everything, take DATA up to the lone dot.
    private static async Task ServeSmtpAsync(TcpClient client)
    {
        using (client)
        {
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 bench-sink ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-bench-sink");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 go ahead");
                        while (await reader.ReadLineAsync() is { } body && body != ".")
                        {
                        }

                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _smtp.Stop();
        await _twilio.StopAsync();
        await _twilio.DisposeAsync();
        _stop.Dispose();
    }
}
