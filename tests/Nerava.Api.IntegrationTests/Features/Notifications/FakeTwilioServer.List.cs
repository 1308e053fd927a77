using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Nerava.Api.IntegrationTests.Features.Notifications;

/// <summary>The Messages list (<c>GET …/Messages.json</c>), read by the dispatcher before it re-sends an unconfirmed SMS.</summary>
public sealed partial class FakeTwilioServer
{
    private const int DefaultPageSize = 50, MaxPageSize = 1000;

    /// <summary>When a message counts as sent: <see cref="SentAfter"/> after it was created; null while it is queued.</summary>
    private DateTimeOffset? DateSent(TwilioMessage m) =>
        DateTimeOffset.UtcNow - m.DateCreated >= SentAfter && SentAfter > TimeSpan.Zero ? m.DateCreated + SentAfter : null;

    private static string Rfc2822(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    private async Task ListMessagesAsync(HttpContext context)
    {
        var request = context.Request;
        var pathSid = request.RouteValues["accountSid"] as string ?? "";
        var (user, password) = ParseBasic(request.Headers.Authorization.ToString());
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        int status;
        object body;
        if (Refused(context, pathSid, user, password) is { } refused)
        {
            (status, body) = refused;
        }
        else if (!TryPage(query, out var pageSize, out var page))
        {
            (status, body) = (400, Error(20001, "Invalid paging parameters", 400));
        }
        else
        {
            (status, body) = (200, Page(pathSid, query, pageSize, page));
        }

        var json = JsonSerializer.Serialize(body);
        lock (_lock)
        {
            _requests.Add(new TwilioRequest(DateTimeOffset.UtcNow, pathSid, user, password, null, query, status, json, "GET"));
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    private Dictionary<string, object?> Page(string accountSid, Dictionary<string, string> query, int pageSize, int page)
    {
        List<TwilioMessage> all;
        lock (_lock)
        {
            all = [.. _messages];
        }

        var matching = all.Where(m => Filter(m, query)).OrderByDescending(m => m.DateCreated).ThenByDescending(m => m.Sid, StringComparer.Ordinal).ToList();
        var items = matching.Skip(page * pageSize).Take(pageSize).ToList();
        var path = $"/{ApiVersion}/Accounts/{accountSid}/Messages.json";
        var filters = string.Concat(query.Where(q => q.Key is not ("Page" or "PageSize" or "PageToken"))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}&"));
        string PageUri(int p) => $"{path}?{filters}PageSize={pageSize}&Page={p}" + (p > 0 ? $"&PageToken=PA{p}" : "");
        return new Dictionary<string, object?>
        {
            ["messages"] = items.Select(Resource).ToList(),
            ["uri"] = PageUri(page),
            ["page"] = page,
            ["page_size"] = pageSize,
            ["start"] = page * pageSize,
            ["end"] = (page * pageSize) + Math.Max(0, items.Count - 1),
            ["first_page_uri"] = PageUri(0),
            ["previous_page_uri"] = page > 0 ? PageUri(page - 1) : null,
            ["next_page_uri"] = (page + 1) * pageSize < matching.Count ? PageUri(page + 1) : null,
        };
    }

    // To and From match exactly; DateSent matches the GMT day of date_sent, DateSent< / DateSent> compare with that
    // day's midnight. A queued message has no date_sent, so any DateSent filter leaves it out (as Twilio's does).
    private bool Filter(TwilioMessage m, Dictionary<string, string> query)
    {
        if ((query.TryGetValue("To", out var to) && to != m.To) || (query.TryGetValue("From", out var from) && from != m.From))
        {
            return false;
        }

        var sent = DateSent(m)?.UtcDateTime;
        foreach (var (key, compare) in new (string, Func<DateTime, DateTime, bool>)[]
                 {
                     ("DateSent", (s, d) => s.Date == d), ("DateSent<", (s, d) => s <= d.AddDays(1)), ("DateSent>", (s, d) => s >= d),
                 })
        {
            if (query.TryGetValue(key, out var value))
            {
                var day = DateTime.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
                if (sent is not { } s || !compare(s, day))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool TryPage(Dictionary<string, string> query, out int pageSize, out int page)
    {
        pageSize = DefaultPageSize;
        page = 0;
        return (!query.TryGetValue("PageSize", out var size) || (int.TryParse(size, CultureInfo.InvariantCulture, out pageSize) && pageSize is > 0 and <= MaxPageSize))
               && (!query.TryGetValue("Page", out var index) || (int.TryParse(index, CultureInfo.InvariantCulture, out page) && page >= 0));
    }
}
