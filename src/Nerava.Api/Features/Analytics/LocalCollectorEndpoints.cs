using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Analytics;

public sealed record KeptEvent(Guid Id, string Event, string DistinctId, string Source, JsonElement Properties, DateTimeOffset CreatedAt);

/// <summary>
/// /dev/analytics — a local collector speaking the part of PostHog's capture API posthog-js uses (<c>/e/</c>,
/// <c>/batch/</c>, <c>/flags/</c>), plus a list and a page. Embedded default and Development only.
/// </summary>
public static class LocalCollectorEndpoints
{
    private const int MaxBodyBytes = 256 * 1024;
    private const int MaxEventsPerRequest = 50;

    public static RouteGroupBuilder MapLocalCollectorEndpoints(this IEndpointRouteBuilder app)
    {
        app.ServiceProvider.GetRequiredService<LocalCollector>().Enabled = true;
        var group = app.MapGroup(LocalCollectorPath).WithTags("Development").AllowAnonymous().ExcludeFromDescription();
        foreach (var path in new[] { "/e/", "/i/v0/e/", "/batch/", "/capture/" })
        {
            group.MapPost(path, CaptureAsync);
        }

        group.MapPost("/flags/", () => Results.Json(new { featureFlags = new { }, flags = new { }, errorsWhileComputingFlags = false }));
        group.MapGet("/", ListAsync);
        group.MapGet("/view", ViewAsync);
        return group;
    }

    public const string LocalCollectorPath = "/dev/analytics";

    private static async Task<IResult> CaptureAsync(HttpContext http, LocalCollector collector, NeravaDbContext db, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Problems.Create(413, ErrorCodes.ValidationFailed, "Too many events in one request.");
        }

        var raw = await ReadBodyAsync(http.Request, ct);
        if (raw is null)
        {
            return Problems.Create(413, ErrorCodes.ValidationFailed, "Too many events in one request.");
        }

        List<JsonElement> events;
        try
        {
            events = PostHogBody.Events(raw, http.Request.Query["compression"]).Take(MaxEventsPerRequest).ToList();
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return Problems.BadRequest(ErrorCodes.MalformedRequest, "Not a PostHog capture body.");
        }

        foreach (var e in events)
        {
            var (name, distinctId, properties) = PostHogBody.Describe(e);
            if (name is not null)
            {
                db.AnalyticsEvents.Add(collector.Row(name, distinctId ?? "anonymous", "web", properties));
            }
        }

        await db.SaveChangesAsync(ct);
        return Results.Json(new { status = 1 });
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<List<KeptEvent>> LoadAsync(NeravaDbContext db, string? name, CancellationToken ct)
    {
        var query = db.AnalyticsEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(name))
        {
            query = query.Where(e => e.Event == name);
        }

        var rows = await query.OrderByDescending(e => e.CreatedAt).Take(500).ToListAsync(ct);
        return rows.Select(e => new KeptEvent(e.Id, e.Event, e.DistinctId, e.Source, JsonDocument.Parse(e.PropertiesJson).RootElement, e.CreatedAt))
            .ToList();
    }

    private static Task<List<KeptEvent>> ListAsync(string? @event, NeravaDbContext db, CancellationToken ct) => LoadAsync(db, @event, ct);

    private static async Task<IResult> ViewAsync(NeravaDbContext db, CancellationToken ct)
    {
        var items = await LoadAsync(db, null, ct);
        var html = new StringBuilder("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <meta http-equiv="refresh" content="5"><title>Analytics — Nerava</title>
            <style>body{font:15px system-ui;margin:1rem auto;max-width:60rem;padding:0 1rem}table{border-collapse:collapse;width:100%}
            td,th{border-bottom:1px solid #ddd;padding:.35rem;text-align:left;vertical-align:top}code{font-size:12px;word-break:break-all}</style></head>
            <body><h1>Analytics events</h1><p>What the web app (posthog-js) and the server captured, newest first. Refreshes every 5 s.
            JSON: <a href="/dev/analytics">/dev/analytics</a>.</p>
            <table><thead><tr><th>time</th><th>source</th><th>event</th><th>who</th><th>properties</th></tr></thead><tbody>
            """);
        foreach (var i in items)
        {
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(i.CreatedAt.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(i.Source))
                .Append("</td><td><strong>").Append(WebUtility.HtmlEncode(i.Event))
                .Append("</strong></td><td><code>").Append(WebUtility.HtmlEncode(i.DistinctId))
                .Append("</code></td><td><code>").Append(WebUtility.HtmlEncode(i.Properties.GetRawText())).Append("</code></td></tr>");
        }

        html.Append(items.Count == 0 ? "<tr><td colspan=\"5\">No events yet.</td></tr>" : "").Append("</tbody></table></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
