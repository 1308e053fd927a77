using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

public sealed record InsertResult(ArrivalSessionRow? Row, bool AnotherWriterWon);

/// <summary>
/// Inserts a new session with a reply code unique among its merchant's open sessions. Two creates at one merchant can
/// draw the same code at the same moment; the unique index refuses the second, which draws again (unless the collision
/// was its own driver's concurrent create, which the caller answers).
/// </summary>
public sealed class SessionInserter(NeravaDbContext db, ReplyCodeDraw draw, AnalyticsSink analytics, ILogger<SessionInserter> logger)
{
    /// <summary>Draws before giving up; each draw sees the codes taken meanwhile, so a few suffice even under a burst.</summary>
    public const int MaxAttempts = 10;

    /// <param name="session">The new session.</param>
    /// <param name="addAlongside">Adds rows that commit with it (tracking, the idempotency record).</param>
    /// <param name="anotherWriterWon">After a unique violation: true when it was not the reply code (e.g. the driver's other create).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<InsertResult> InsertAsync(NewSession session, Action<ArrivalSessionRow> addAlongside,
        Func<CancellationToken, Task<bool>> anotherWriterWon, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var row = SessionRowWriter.NewRow(session, await NewReplyCodeAsync(session.MerchantId, ct));
            db.Sessions.Add(row);
            addAlongside(row);
            try
            {
                await db.SaveChangesAsync(ct);
                analytics.Capture(new AnalyticsEvent(AnalyticsEvents.Created, new Dictionary<string, object?>
                {
                    ["session_id"] = row.Id,
                    ["merchant_id"] = row.MerchantId,
                    ["arrival_type"] = row.ArrivalType,
                    ["smartcar"] = row.SmartcarEnabled,
                }), row.DriverId.ToString());
                return new InsertResult(row, false);
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                db.ChangeTracker.Clear();
                if (await anotherWriterWon(ct))
                {
                    return new InsertResult(null, true);
                }

                logger.LogInformation("Reply code collision at merchant {MerchantId} (attempt {Attempt}); drawing again", session.MerchantId, attempt);
            }
        }

        return new InsertResult(null, false);
    }

    private async Task<string> NewReplyCodeAsync(string merchantId, CancellationToken ct)
    {
        var inUse = await db.Sessions.AsNoTracking().WhereActive().Where(s => s.MerchantId == merchantId)
            .Select(s => s.MerchantReplyCode).ToListAsync(ct);
        return ReplyCodes.Generate(draw.Next, inUse.ToHashSet());
    }
}
