using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications.Senders;

/// <summary>Embedded default: "sends" by storing the message where /dev/outbox shows it.</summary>
public sealed class DevOutboxSender(NeravaDbContext db, TimeProvider clock, string channel) : INotificationSender, IDeliveryLookup
{
    public string Channel => channel;

    public async Task<string> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var entry = new DevOutboxEntry
        {
            Id = Guid.NewGuid(),
            Channel = message.Channel,
            To = message.To,
            Subject = message.Subject,
            Body = message.Body,
            CreatedAt = clock.GetUtcNow(),
        };
        db.DevOutbox.Add(entry);
        await db.SaveChangesAsync(ct);
        return ProviderId(entry.Id);
    }

    /// <summary>The dev outbox is the "provider": a crash between storing the entry and marking the row sent is found here.</summary>
    public async Task<string?> FindSentAsync(OutboxMessage message, DateTimeOffset since, CancellationToken ct)
    {
        var hit = await db.DevOutbox.AsNoTracking()
            .Where(e => e.To == message.To && e.Body == message.Body && e.CreatedAt >= since)
            .Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        return hit is { } id ? ProviderId(id) : null;
    }

    private static string ProviderId(Guid id) => $"dev-{id:N}";
}
