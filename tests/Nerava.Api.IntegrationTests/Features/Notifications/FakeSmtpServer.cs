using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Text;
using MimeKit.Utils;

namespace Nerava.Api.IntegrationTests.Features.Notifications;

/// <summary>One message the fake SMTP server accepted: the envelope and the DATA section, un-dot-stuffed.</summary>
public sealed class SmtpReceivedMessage
{
    public SmtpReceivedMessage(string helo, string mailFrom, IReadOnlyList<string> rcptTo, string data)
    {
        (Helo, MailFrom, RcptTo, Data) = (helo, mailFrom, rcptTo, data);
        Headers = ParseHeaders(data);
    }

    public string Helo { get; }
    public string MailFrom { get; }
    public IReadOnlyList<string> RcptTo { get; }
    /// <summary>The message as sent (CRLF line ends), without the terminating dot line.</summary>
    public string Data { get; }
    /// <summary>Unfolded header values by name (first occurrence), case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public string? Subject => Headers.TryGetValue("Subject", out var raw) ? Rfc2047.DecodeText(Encoding.UTF8.GetBytes(raw)) : null;

    /// <summary>The Message-Id without its angle brackets.</summary>
    public string? MessageId => Headers.TryGetValue("Message-Id", out var raw) ? raw.Trim().TrimStart('<').TrimEnd('>') : null;

    private static Dictionary<string, string> ParseHeaders(string data)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var end = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = (end < 0 ? data : data[..end]).Split("\r\n");
        string? name = null;
        var value = new StringBuilder();
        foreach (var line in lines.Append(""))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t')
            {
                value.Append(line); // Unfolding removes only the CRLF (RFC 5322 §2.2.3).
                continue;
            }

            if (name is not null)
            {
                headers.TryAdd(name, value.ToString().Trim());
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            (name, value) = colon > 0 ? (line[..colon].Trim(), new StringBuilder(line[(colon + 1)..])) : (null, new StringBuilder());
        }

        return headers;
    }
}

/// <summary>
/// A local SMTP server speaking enough RFC 5321 for MailKit: EHLO/HELO, MAIL, RCPT, DATA (dot-stuffed), RSET, NOOP,
/// QUIT. No TLS, no AUTH. Listens on 127.0.0.1 with a free port; each connection runs in its own task, bounded in
/// count, line length, message size and lifetime, and everything stops on dispose.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    public const int MaxMessageBytes = 10 * 1024 * 1024;
    private const int MaxLineBytes = 4096;
    private const int MaxConnections = 16;
    private const int MaxRecipients = 100;
    private const string Domain = "fake-smtp.nerava.test";
    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromSeconds(30);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _slots = new(MaxConnections, MaxConnections);
    private readonly ConcurrentDictionary<int, Task> _connections = new();
    private readonly Lock _lock = new();
    private readonly List<SmtpReceivedMessage> _messages = [];
    private readonly List<string> _errors = [];
    private Task _acceptLoop = Task.CompletedTask;
    private int _connectionCount;

    private FakeSmtpServer()
    {
    }

    public string Host => "127.0.0.1";
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public IReadOnlyList<SmtpReceivedMessage> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Commands the server refused or did not know, and connections that broke: a client speaking proper SMTP leaves this empty.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors];
            }
        }
    }

    public static FakeSmtpServer Start()
    {
        var server = new FakeSmtpServer();
        server._listener.Start();
        server._acceptLoop = server.AcceptLoopAsync(server._stop.Token);
        return server;
    }

    public async Task<SmtpReceivedMessage> WaitForMessageAsync(Func<SmtpReceivedMessage, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Messages.FirstOrDefault(match) is { } hit)
            {
                return hit;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"No message received by the fake SMTP server matched within {timeout}.");
            }

            await Task.Delay(25);
        }
    }

    private async Task AcceptLoopAsync(CancellationToken ct)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                await _slots.WaitAsync(ct);
                client = await _listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return; // Stopped.
            }

            var id = Interlocked.Increment(ref _connectionCount);
            _connections[id] = Task.Run(async () =>
            {
                try
                {
                    await ServeAsync(client, ct);
                }
                finally
                {
                    client.Dispose();
                    _connections.TryRemove(id, out _);
                    _slots.Release();
                }
            }, CancellationToken.None);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        lifetime.CancelAfter(ConnectionLifetime);
        var ct = lifetime.Token;
        var stream = client.GetStream();
        var reader = PipeReader.Create(stream);
        try
        {
            await ConverseAsync(reader, stream, ct);
        }
        catch (Exception ex) when (ex is IOException or SocketException or InvalidDataException or OperationCanceledException)
        {
            if (!stopping.IsCancellationRequested)
            {
                Error($"connection broke: {ex.GetType().Name}: {ex.Message}");
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private async Task ConverseAsync(PipeReader reader, NetworkStream stream, CancellationToken ct)
    {
        await ReplyAsync(stream, ct, $"220 {Domain} ESMTP fake ready");
        string? helo = null, from = null;
        var recipients = new List<string>();
        while (await ReadLineAsync(reader, ct) is { } line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var verb = (space < 0 ? line : line[..space]).ToUpperInvariant();
            var arg = space < 0 ? "" : line[(space + 1)..].Trim();
            switch (verb)
            {
                case "EHLO" or "HELO" when arg.Length == 0:
                    await RefuseAsync(stream, ct, line, "501 5.5.4 Syntax: EHLO hostname");
                    break;
                case "EHLO":
                    (helo, from) = (arg, null);
                    recipients.Clear();
                    await ReplyAsync(stream, ct, $"250-{Domain} greets {arg}", "250-8BITMIME",
                        $"250-SIZE {MaxMessageBytes.ToString(CultureInfo.InvariantCulture)}", "250 HELP");
                    break;
                case "HELO":
                    (helo, from) = (arg, null);
                    recipients.Clear();
                    await ReplyAsync(stream, ct, $"250 {Domain}");
                    break;
                case "MAIL" when helo is null:
                    await RefuseAsync(stream, ct, line, "503 5.5.1 Send EHLO or HELO first");
                    break;
                case "MAIL" when from is not null:
                    await RefuseAsync(stream, ct, line, "503 5.5.1 Nested MAIL command");
                    break;
                case "MAIL":
                    if (Path(arg, "FROM:") is not { } sender)
                    {
                        await RefuseAsync(stream, ct, line, "501 5.5.4 Syntax: MAIL FROM:<address>");
                    }
                    else if (SizeParameter(arg) > MaxMessageBytes)
                    {
                        await RefuseAsync(stream, ct, line, "552 5.3.4 Message size exceeds fixed limit");
                    }
                    else
                    {
                        from = sender;
                        recipients.Clear();
                        await ReplyAsync(stream, ct, "250 2.1.0 Ok");
                    }

                    break;
                case "RCPT" when from is null:
                    await RefuseAsync(stream, ct, line, "503 5.5.1 Need MAIL before RCPT");
                    break;
                case "RCPT":
                    if (Path(arg, "TO:") is not { Length: > 0 } recipient)
                    {
                        await RefuseAsync(stream, ct, line, "501 5.5.4 Syntax: RCPT TO:<address>");
                    }
                    else if (recipients.Count >= MaxRecipients)
                    {
                        await RefuseAsync(stream, ct, line, "452 4.5.3 Too many recipients");
                    }
                    else
                    {
                        recipients.Add(recipient);
                        await ReplyAsync(stream, ct, "250 2.1.5 Ok");
                    }

                    break;
                case "DATA" when from is null || recipients.Count == 0:
                    await RefuseAsync(stream, ct, line, "503 5.5.1 Need RCPT before DATA");
                    break;
                case "DATA":
                    await ReplyAsync(stream, ct, "354 End data with <CR><LF>.<CR><LF>");
                    var data = await ReadDataAsync(reader, ct);
                    if (data is null)
                    {
                        await RefuseAsync(stream, ct, line, "552 5.3.4 Message size exceeds fixed limit");
                    }
                    else
                    {
                        lock (_lock)
                        {
                            _messages.Add(new SmtpReceivedMessage(helo!, from, [.. recipients], data));
                        }

                        await ReplyAsync(stream, ct, $"250 2.0.0 Ok: queued as {Guid.NewGuid():N}");
                    }

                    from = null;
                    recipients.Clear();
                    break;
                case "RSET":
                    from = null;
                    recipients.Clear();
                    await ReplyAsync(stream, ct, "250 2.0.0 Ok");
                    break;
                case "NOOP":
                    await ReplyAsync(stream, ct, "250 2.0.0 Ok");
                    break;
                case "QUIT":
                    await ReplyAsync(stream, ct, $"221 2.0.0 {Domain} closing connection");
                    return;
                default:
                    await RefuseAsync(stream, ct, line, "502 5.5.2 Command not recognized");
                    break;
            }
        }
    }

    /// <summary>Reads the DATA lines up to the lone dot; null when the message is larger than the limit (still read to its end).</summary>
    private static async Task<string?> ReadDataAsync(PipeReader reader, CancellationToken ct)
    {
        var data = new StringBuilder();
        long size = 0;
        while (true)
        {
            var line = await ReadLineAsync(reader, ct) ?? throw new IOException("Connection closed during DATA.");
            if (line == ".")
            {
                return size > MaxMessageBytes ? null : data.ToString();
            }

            // RFC 5321 §4.5.2: a leading dot was doubled by the client.
            var text = line.StartsWith('.') ? line[1..] : line;
            size += Encoding.UTF8.GetByteCount(text) + 2;
            if (size <= MaxMessageBytes)
            {
                data.Append(text).Append("\r\n");
            }
        }
    }

    private static async Task<string?> ReadLineAsync(PipeReader reader, CancellationToken ct)
    {
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            var buffer = result.Buffer;
            if (TryTakeLine(ref buffer, out var line))
            {
                reader.AdvanceTo(buffer.Start);
                return line;
            }

            if (buffer.Length > MaxLineBytes)
            {
                throw new InvalidDataException($"Line longer than {MaxLineBytes} bytes.");
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out string line)
    {
        var sequence = new SequenceReader<byte>(buffer);
        if (sequence.TryReadTo(out ReadOnlySequence<byte> bytes, "\r\n"u8))
        {
            if (bytes.Length > MaxLineBytes)
            {
                throw new InvalidDataException($"Line longer than {MaxLineBytes} bytes.");
            }

            line = Encoding.UTF8.GetString(bytes);
            buffer = buffer.Slice(sequence.Position);
            return true;
        }

        line = "";
        return false;
    }

    /// <summary>The address inside &lt;…&gt; after <paramref name="prefix"/>; "" for the null path &lt;&gt;; null when malformed.</summary>
    private static string? Path(string arg, string prefix)
    {
        if (!arg.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = arg[prefix.Length..].TrimStart();
        var close = rest.IndexOf('>', StringComparison.Ordinal);
        return rest.StartsWith('<') && close > 0 ? rest[1..close] : null;
    }

    private static long SizeParameter(string arg) =>
        arg.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.StartsWith("SIZE=", StringComparison.OrdinalIgnoreCase))
            .Select(p => long.TryParse(p[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .FirstOrDefault();

    private async Task RefuseAsync(NetworkStream stream, CancellationToken ct, string command, string reply)
    {
        Error($"{command} -> {reply}");
        await ReplyAsync(stream, ct, reply);
    }

    private void Error(string error)
    {
        lock (_lock)
        {
            _errors.Add(error);
        }
    }

    private static async Task ReplyAsync(NetworkStream stream, CancellationToken ct, params string[] lines)
    {
        var text = string.Concat(lines.Select(l => l + "\r\n"));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text), ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        await Task.WhenAll(_connections.Values);
        _listener.Dispose();
        _stop.Dispose();
        _slots.Dispose();
    }
}
