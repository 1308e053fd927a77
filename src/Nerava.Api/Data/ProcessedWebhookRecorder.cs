using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data;

/// <summary>Webhook retries are answered once: the (source, event id) pair is unique, so the first writer wins.</summary>
public static class ProcessedWebhookRecorder
{
    /// <summary>Records the event (and the answer given, to repeat to retries); false when it was recorded before.</summary>
    public static async Task<bool> RecordWebhookOnceAsync(this NeravaDbContext db, string source, string eventId, string? responseBody,
        DateTimeOffset now, CancellationToken ct)
    {
        db.ProcessedWebhooks.Add(new ProcessedWebhook { Id = Guid.NewGuid(), Source = source, EventId = eventId, ResponseBody = responseBody, ReceivedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
