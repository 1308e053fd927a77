using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;

namespace Nerava.Api.Features.Dev;

public sealed record DevOutboxItem(Guid Id, string Channel, string To, string? Subject, string Body, DateTimeOffset CreatedAt);

/// <summary>
/// What the system would have sent, for the embedded default and Development only (never mapped in Production).
/// </summary>
public static class DevOutboxEndpoints
{
    public static RouteGroupBuilder MapDevOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/dev/outbox").WithTags("Development").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/", ListAsync);
        group.MapGet("/view", ViewAsync);
        group.MapPost("/{id:guid}/signed-reply", DevReplyEndpoint.HandleAsync);
        return group;
    }

    private static async Task<List<DevOutboxItem>> LoadAsync(NeravaDbContext db, string? to, CancellationToken ct)
    {
        var query = db.DevOutbox.AsNoTracking();
        if (!string.IsNullOrEmpty(to))
        {
            query = query.Where(e => e.To == to);
        }

        var rows = await query.OrderByDescending(e => e.CreatedAt).Take(200).ToListAsync(ct);
        return rows.Select(e => new DevOutboxItem(e.Id, e.Channel, e.To, e.Subject, e.Body, e.CreatedAt)).ToList();
    }

    private static Task<List<DevOutboxItem>> ListAsync(string? to, NeravaDbContext db, CancellationToken ct) => LoadAsync(db, to, ct);

    private static async Task<IResult> ViewAsync(NeravaDbContext db, CancellationToken ct)
    {
        var items = await LoadAsync(db, null, ct);
        var html = new StringBuilder("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>Dev outbox — Nerava</title>
            <style>body{font:15px system-ui;margin:1rem auto;max-width:46rem;padding:0 1rem}li{border:1px solid #ccc;border-radius:8px;
            list-style:none;margin:.5rem 0;padding:.6rem}small{color:#555}pre{white-space:pre-wrap;margin:.3rem 0 0}
            #answer{background:#eef6ee;border:1px solid #9c9;border-radius:8px;padding:.6rem}#answer:empty{display:none}</style></head>
            <body><h1>Dev outbox</h1><p>Every SMS and email the embedded default would have sent, newest first. Refreshes every 3 s.
            "Reply DONE" sends the merchant's reply as Twilio would, signed, to the real webhook.</p><div id="answer" role="status"></div><ul>
            """);
        foreach (var i in items)
        {
            html.Append("<li><small>").Append(WebUtility.HtmlEncode($"{i.Channel.ToUpperInvariant()} to {i.To} · {i.CreatedAt:u}"))
                .Append("</small>");
            if (i.Subject is not null)
            {
                html.Append("<br><strong>").Append(WebUtility.HtmlEncode(i.Subject)).Append("</strong>");
            }

            html.Append("<pre>").Append(WebUtility.HtmlEncode(i.Body)).Append("</pre>");
            if (i.Channel == Notifications.NotificationChannel.Sms && DevReplyEndpoint.ReplyCode(i.Body) is { } code)
            {
                html.Append("<button type=\"button\" data-reply=\"").Append(i.Id).Append("\">Reply DONE ").Append(code).Append("</button>");
            }

            html.Append("</li>");
        }

        html.Append(items.Count == 0 ? "<li>Nothing sent yet.</li>" : "").Append("</ul>").Append(Script).Append("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    // Posts the signed reply as Twilio would and shows the TwiML answer; refreshing pauses while an answer is shown.
    private const string Script = """
        <script>
        let hold = 0;
        setInterval(() => { if (Date.now() > hold) location.reload(); }, 3000);
        document.addEventListener('click', async (e) => {
          const button = e.target.closest('button[data-reply]');
          if (!button) return;
          button.disabled = true;
          hold = Date.now() + 10000;
          const answer = document.getElementById('answer');
          try {
            const signed = await (await fetch(`/dev/outbox/${button.dataset.reply}/signed-reply`, { method: 'POST' })).json();
            const reply = await fetch(signed.path, { method: 'POST', headers: { 'X-Twilio-Signature': signed.signature },
              body: new URLSearchParams(signed.fields) });
            const twiml = new DOMParser().parseFromString(await reply.text(), 'text/xml');
            answer.textContent = `Nerava answered (${reply.status}): ${twiml.querySelector('Message')?.textContent ?? ''}`;
          } catch (err) {
            answer.textContent = `Reply failed: ${err}`;
          }
        });
        </script>
        """;
}
