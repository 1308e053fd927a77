using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Nerava.Api.IntegrationTests.Features.Notifications;

/// <summary>One HTTP request the fake Twilio answered, whatever it answered.</summary>
public sealed record TwilioRequest(DateTimeOffset At, string PathAccountSid, string? BasicUser, string? BasicPassword,
    string? MediaType, IReadOnlyDictionary<string, string> Form, int Status, string ResponseBody, string Method = "POST")
{
    public string? To => Form.GetValueOrDefault("To");
}

/// <summary>A message the fake Twilio accepted (answered 201 for).</summary>
public sealed record TwilioMessage(string Sid, string AccountSid, string To, string From, string Body, DateTimeOffset DateCreated);

/// <summary>
/// A local stand-in for Twilio's REST API: <c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c> with HTTP Basic
/// (account SID and auth token) and a form body, and <c>GET</c> on the same path, the Messages list (filters To, From,
/// DateSent, DateSent&lt;, DateSent&gt;; PageSize, Page, PageToken; newest first), answered with Twilio's status codes
/// and JSON shapes. A message is <c>queued</c> with no date_sent until <see cref="SentAfter"/> has passed, then
/// <c>sent</c>. Kestrel on 127.0.0.1 with a free port; nothing leaves the machine.
/// </summary>
public sealed partial class FakeTwilioServer : IAsyncDisposable
{
    private const string ApiVersion = "2010-04-01";
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<TwilioRequest> _requests = [];
    private readonly List<TwilioMessage> _messages = [];
    private int _failuresLeft;
    private HttpStatusCode _failureStatus;
    private int _abortsLeft;

    private FakeTwilioServer(WebApplication app, string accountSid, string authToken)
    {
        _app = app;
        AccountSid = accountSid;
        AuthToken = authToken;
    }

    public string AccountSid { get; }
    public string AuthToken { get; }
    public string BaseUrl { get; private set; } = "";

    /// <summary>How long a created message stays "queued" (date_sent null) before it is "sent".</summary>
    public TimeSpan SentAfter { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Delay before answering a create whose message is already accepted: the window a crash can fall into.</summary>
    public Func<TimeSpan> CreateDelay { get; set; } = () => TimeSpan.Zero;

    public IReadOnlyList<TwilioRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<TwilioMessage> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    public static async Task<FakeTwilioServer> StartAsync(string accountSid, string authToken, int port = 0)
    {
        // The empty builder reads no appsettings.json (the API's, copied next to the tests, sets Urls).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var server = new FakeTwilioServer(app, accountSid, authToken);
        app.MapPost($"/{ApiVersion}/Accounts/{{accountSid}}/Messages.json", (RequestDelegate)server.CreateMessageAsync);
        app.MapGet($"/{ApiVersion}/Accounts/{{accountSid}}/Messages.json", (RequestDelegate)server.ListMessagesAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().TrimEnd('/');
        return server;
    }

    /// <summary>The next <paramref name="count"/> authenticated requests fail with <paramref name="status"/> (500 or 429).</summary>
    public void FailNext(int count, HttpStatusCode status)
    {
        if (status is not (HttpStatusCode.InternalServerError or HttpStatusCode.TooManyRequests))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "The fake fails with 500 or 429.");
        }

        lock (_lock)
        {
            _failuresLeft = count;
            _failureStatus = status;
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> authenticated creates are cut off (connection aborted) before Twilio takes the
    /// message: the client cannot tell whether it was sent.
    /// </summary>
    public void AbortNext(int count)
    {
        lock (_lock)
        {
            _abortsLeft = count;
        }
    }

    public Task<TwilioMessage> WaitForMessageAsync(Func<TwilioMessage, bool> match, TimeSpan timeout) =>
        WaitForAsync(() => Messages.FirstOrDefault(match), timeout, "No message accepted by the fake Twilio matched");

    public Task<TwilioRequest> WaitForRequestAsync(Func<TwilioRequest, bool> match, TimeSpan timeout) =>
        WaitForAsync(() => Requests.FirstOrDefault(match), timeout, "No request to the fake Twilio matched");

    private async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan timeout, string failure) where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (probe() is { } hit)
            {
                return hit;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{failure} within {timeout}. Requests seen: " +
                    string.Join("; ", Requests.Select(r => $"{r.Status} To={r.To} {r.ResponseBody}")));
            }

            await Task.Delay(25);
        }
    }

    private async Task CreateMessageAsync(HttpContext context)
    {
        var request = context.Request;
        var pathSid = request.RouteValues["accountSid"] as string ?? "";
        var (user, password) = ParseBasic(request.Headers.Authorization.ToString());
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync(context.RequestAborted)).ToDictionary(f => f.Key, f => f.Value.ToString())
            : new Dictionary<string, string>();

        TwilioMessage? accepted = null;
        int status;
        object body;
        if (Refused(context, pathSid, user, password) is { } refused)
        {
            (status, body) = refused;
        }
        else if (TakeAbort())
        {
            lock (_lock)
            {
                _requests.Add(new TwilioRequest(DateTimeOffset.UtcNow, pathSid, user, password, null, form, 0, ""));
            }

            context.Abort();
            return;
        }
        else if (TakeFailure() is { } failure)
        {
            (status, body) = failure == HttpStatusCode.TooManyRequests
                ? (429, Error(20429, "Too Many Requests", 429))
                : (500, Error(20500, "Internal Server Error", 500));
        }
        else if (string.IsNullOrWhiteSpace(form.GetValueOrDefault("To")))
        {
            (status, body) = (400, Error(21604, "A 'To' phone number is required.", 400));
        }
        else if (string.IsNullOrWhiteSpace(form.GetValueOrDefault("From")))
        {
            (status, body) = (400, Error(21603, "A 'From' phone number is required.", 400));
        }
        else if (string.IsNullOrEmpty(form.GetValueOrDefault("Body")))
        {
            (status, body) = (400, Error(21602, "Message body is required.", 400));
        }
        else
        {
            accepted = new TwilioMessage($"SM{Guid.NewGuid():N}", AccountSid, form["To"], form["From"], form["Body"], DateTimeOffset.UtcNow);
            (status, body) = (201, Resource(accepted));
        }

        var json = JsonSerializer.Serialize(body);
        lock (_lock)
        {
            _requests.Add(new TwilioRequest(DateTimeOffset.UtcNow, pathSid, user, password,
                request.ContentType is { } ct ? MediaTypeHeaderValue.Parse(ct).MediaType : null, form, status, json));
            if (accepted is not null)
            {
                _messages.Add(accepted);
            }
        }

        // Accepted first, answered later: a client that dies in between leaves a message it never heard of.
        if (accepted is not null && CreateDelay() is { Ticks: > 0 } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>Twilio's answer to wrong credentials (401 20003) or another account's path (404 20404); null when neither.</summary>
    private (int Status, object Body)? Refused(HttpContext context, string pathSid, string? user, string? password)
    {
        if (user != AccountSid || password != AuthToken)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
            return (401, Error(20003, "Authenticate", 401));
        }

        return pathSid != AccountSid
            ? (404, Error(20404, $"The requested resource /{ApiVersion}/Accounts/{pathSid}/Messages.json was not found", 404))
            : null;
    }

    private bool TakeAbort()
    {
        lock (_lock)
        {
            if (_abortsLeft <= 0)
            {
                return false;
            }

            _abortsLeft--;
            return true;
        }
    }

    private HttpStatusCode? TakeFailure()
    {
        lock (_lock)
        {
            if (_failuresLeft <= 0)
            {
                return null;
            }

            _failuresLeft--;
            return _failureStatus;
        }
    }

    private static (string? User, string? Password) ParseBasic(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return (null, null);
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (decoded, null) : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    private static Dictionary<string, object?> Error(int code, string message, int status) => new()
    {
        ["code"] = code,
        ["message"] = message,
        ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
        ["status"] = status,
    };

    private Dictionary<string, object?> Resource(TwilioMessage m)
    {
        var date = Rfc2822(m.DateCreated);
        var uri = $"/{ApiVersion}/Accounts/{m.AccountSid}/Messages/{m.Sid}";
        var sentAt = DateSent(m);
        return new Dictionary<string, object?>
        {
            ["account_sid"] = m.AccountSid,
            ["api_version"] = ApiVersion,
            ["body"] = m.Body,
            ["date_created"] = date,
            ["date_sent"] = sentAt is { } sent ? Rfc2822(sent) : null,
            ["date_updated"] = sentAt is { } updated ? Rfc2822(updated) : date,
            ["direction"] = "outbound-api",
            ["error_code"] = null,
            ["error_message"] = null,
            ["from"] = m.From,
            ["messaging_service_sid"] = null,
            ["num_media"] = "0",
            ["num_segments"] = "1",
            ["price"] = null,
            ["price_unit"] = "USD",
            ["sid"] = m.Sid,
            ["status"] = sentAt is null ? "queued" : "sent",
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = $"{uri}/Media.json" },
            ["to"] = m.To,
            ["uri"] = $"{uri}.json",
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
