using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Nerava.Api.IntegrationTests.Features.Notifications;

/// <summary>The fakes themselves answer like the real services, so a passing live-delivery test means something.</summary>
public sealed class FakeServerContractTests
{
    private const string Sid = "ACcontract0123456789abcdef01234567";
    private const string Token = "contract-token";

    [Fact]
    public async Task Fake_twilio_authenticates_validates_fails_on_demand_and_creates_message_resources()
    {
        await using var twilio = await FakeTwilioServer.StartAsync(Sid, Token);
        using var http = new HttpClient { BaseAddress = new Uri(twilio.BaseUrl) };
        var form = new Dictionary<string, string> { ["To"] = "+15125550101", ["From"] = "+15125550000", ["Body"] = "hello" };

        var wrongToken = await http.SendAsync(Create(Sid, "not-the-token", form));
        var noTo = await http.SendAsync(Create(Sid, Token, form.Where(f => f.Key != "To").ToDictionary()));
        twilio.FailNext(1, HttpStatusCode.TooManyRequests);
        var throttled = await http.SendAsync(Create(Sid, Token, form));
        var created = await http.SendAsync(Create(Sid, Token, form));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        Assert.Equal("Basic", wrongToken.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("""{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}""",
            await wrongToken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noTo.StatusCode);
        Assert.Equal((21604, 400), await CodeAndStatusAsync(noTo));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal((20429, 429), await CodeAndStatusAsync(throttled));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("application/json", created.Content.Headers.ContentType?.MediaType);
        var message = await created.Content.ReadFromJsonAsync<JsonElement>();
        var sid = message.GetProperty("sid").GetString()!;
        Assert.Matches("^SM[0-9a-f]{32}$", sid);
        Assert.Equal(("queued", "+15125550101", "+15125550000", "hello", Sid),
            (Text(message, "status"), Text(message, "to"), Text(message, "from"), Text(message, "body"), Text(message, "account_sid")));
        Assert.Equal($"/2010-04-01/Accounts/{Sid}/Messages/{sid}.json", Text(message, "uri"));
        Assert.True(DateTime.TryParseExact(Text(message, "date_created"), "ddd, dd MMM yyyy HH:mm:ss '+0000'",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), Text(message, "date_created"));
        Assert.Equal([401, 400, 429, 201], twilio.Requests.Select(r => r.Status));
        Assert.Equal(sid, Assert.Single(twilio.Messages).Sid);
    }

    [Fact]
    public async Task Fake_twilio_lists_messages_newest_first_filtered_and_paged_as_twilio_does()
    {
        await using var twilio = await FakeTwilioServer.StartAsync(Sid, Token);
        twilio.SentAfter = TimeSpan.FromHours(1);
        using var http = new HttpClient { BaseAddress = new Uri(twilio.BaseUrl) };
        foreach (var (to, body) in new[] { ("+15125550101", "one"), ("+15125550102", "other"), ("+15125550101", "two"), ("+15125550101", "three") })
        {
            (await http.SendAsync(Create(Sid, Token, new() { ["To"] = to, ["From"] = "+15125550000", ["Body"] = body }))).EnsureSuccessStatusCode();
            await Task.Delay(5);
        }

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var queuedOnly = await ListAsync(http, $"To=%2B15125550101&DateSent%3E={today}");
        var page1 = await ListAsync(http, "To=%2B15125550101&From=%2B15125550000&PageSize=2");
        var page2 = await ListAsync(http, page1.GetProperty("next_page_uri").GetString()!.Split('?')[1]);
        twilio.SentAfter = TimeSpan.FromTicks(1);
        var sentToday = await ListAsync(http, $"To=%2B15125550101&DateSent={today}");
        var wrongToken = await http.SendAsync(List(Sid, "not-the-token", "To=%2B15125550101"));

        // date_sent is null while queued, so a DateSent filter misses fresh messages, exactly as Twilio's does.
        Assert.Empty(queuedOnly.GetProperty("messages").EnumerateArray());
        Assert.Equal(["three", "two"], page1.GetProperty("messages").EnumerateArray().Select(m => Text(m, "body")));
        Assert.Equal(["queued", "queued"], page1.GetProperty("messages").EnumerateArray().Select(m => Text(m, "status")));
        Assert.Equal((0, 2), (page1.GetProperty("page").GetInt32(), page1.GetProperty("page_size").GetInt32()));
        Assert.Equal(["one"], page2.GetProperty("messages").EnumerateArray().Select(m => Text(m, "body")));
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("next_page_uri").ValueKind);
        Assert.Equal(3, sentToday.GetProperty("messages").GetArrayLength());
        Assert.All(sentToday.GetProperty("messages").EnumerateArray(), m => Assert.Equal(("sent", "outbound-api"), (Text(m, "status"), Text(m, "direction"))));
        Assert.NotNull(Text(sentToday.GetProperty("messages")[0], "date_sent"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
    }

    private static async Task<JsonElement> ListAsync(HttpClient http, string query)
    {
        var response = await http.SendAsync(List(Sid, Token, query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpRequestMessage List(string user, string password, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/2010-04-01/Accounts/{user}/Messages.json?{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return request;
    }

    [Fact]
    public async Task Fake_smtp_receives_mailkit_messages_and_undoes_dot_stuffing()
    {
        await using var smtp = FakeSmtpServer.Start();
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse("Sender <sender@example.test>"));
        mime.To.Add(MailboxAddress.Parse("first@example.test"));
        mime.Cc.Add(MailboxAddress.Parse("second@example.test"));
        mime.Subject = "Prüfung — order 42";
        mime.MessageId = "contract-1@nerava";
        mime.Body = new TextPart("plain") { Text = "line one\n.starts with a dot\n..two dots\n.\nlast" };

        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.None);
            await client.NoOpAsync();
            await client.SendAsync(mime);
            await client.DisconnectAsync(quit: true);
        }

        var received = Assert.Single(smtp.Messages);
        Assert.Empty(smtp.Errors);
        Assert.Equal("sender@example.test", received.MailFrom);
        Assert.Equal(["first@example.test", "second@example.test"], received.RcptTo);
        Assert.Equal(("Prüfung — order 42", "contract-1@nerava"), (received.Subject, received.MessageId));
        Assert.Contains("\r\n.starts with a dot\r\n..two dots\r\n.\r\nlast", received.Data, StringComparison.Ordinal);
        var parsed = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
        Assert.Equal("line one\n.starts with a dot\n..two dots\n.\nlast", parsed.TextBody?.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public async Task Fake_smtp_enforces_command_order_and_answers_rset_noop_and_quit()
    {
        await using var smtp = FakeSmtpServer.Start();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, smtp.Port);
        using var reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
        await using var writer = new StreamWriter(tcp.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

        async Task<string> SayAsync(string command)
        {
            await writer.WriteLineAsync(command);
            return (await reader.ReadLineAsync())![..3];
        }

        Assert.StartsWith("220 ", await reader.ReadLineAsync(), StringComparison.Ordinal);
        Assert.Equal("503", await SayAsync("MAIL FROM:<a@example.test>"));
        Assert.Equal("250", await SayAsync("HELO client.test"));
        Assert.Equal("503", await SayAsync("RCPT TO:<b@example.test>"));
        Assert.Equal("250", await SayAsync("MAIL FROM:<a@example.test>"));
        Assert.Equal("250", await SayAsync("RCPT TO:<b@example.test>"));
        Assert.Equal("250", await SayAsync("RSET"));
        Assert.Equal("503", await SayAsync("DATA"));
        Assert.Equal("250", await SayAsync("NOOP"));
        Assert.Equal("502", await SayAsync("STARTTLS"));
        Assert.Equal("221", await SayAsync("QUIT"));
        Assert.Null(await reader.ReadLineAsync());

        Assert.Empty(smtp.Messages);
        Assert.Equal(4, smtp.Errors.Count);
    }

    private static HttpRequestMessage Create(string user, string password, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/2010-04-01/Accounts/{user}/Messages.json")
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return request;
    }

    private static async Task<(int Code, int Status)> CodeAndStatusAsync(HttpResponseMessage response)
    {
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("code").GetInt32(), json.GetProperty("status").GetInt32());
    }

    private static string? Text(JsonElement json, string name) => json.GetProperty(name).GetString();
}
