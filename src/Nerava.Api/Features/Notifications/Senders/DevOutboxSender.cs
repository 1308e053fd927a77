using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications.Senders;

/// <summary>Embedded default: "sends" by storing the message where /dev/outbox shows it.</summary>
public sealed class DevOutboxSender(NeravaDbContext db, TimeProvider clock, string channel) : INotificationSender
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
        return $"dev-{entry.Id:N}";
    }
}
