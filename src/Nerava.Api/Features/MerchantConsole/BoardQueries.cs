using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.MerchantConsole;

/// <summary>
/// The board's list as compiled queries (no per-request query-cache lookup or parameter extraction): the newest 200 of a
/// merchant's sessions, active or made in the last two days, or those in one status. The active statuses are SQL constants.
/// </summary>
internal static class BoardQueries
{
    private const int Limit = 200;

    private static readonly PerModel<Func<NeravaDbContext, string, DateTimeOffset, IAsyncEnumerable<ArrivalSessionRow>>> BoardQuery = new(() =>
        EF.CompileAsyncQuery(ActiveStatusesInliner.Inline<Func<NeravaDbContext, string, DateTimeOffset, IQueryable<ArrivalSessionRow>>>((db, merchantId, since) =>
            db.Sessions.AsNoTracking()
                .Where(s => s.MerchantId == merchantId && (SessionStatusNames.Active.Contains(s.Status) || s.CreatedAt > since))
                .OrderByDescending(s => s.CreatedAt).Take(Limit))));

    private static readonly PerModel<Func<NeravaDbContext, string, SessionStatus, IAsyncEnumerable<ArrivalSessionRow>>> StatusQuery = new(() =>
        EF.CompileAsyncQuery((NeravaDbContext db, string merchantId, SessionStatus status) =>
            db.Sessions.AsNoTracking().Where(s => s.MerchantId == merchantId && s.Status == status)
                .OrderByDescending(s => s.CreatedAt).Take(Limit)));

    public static Task<List<ArrivalSessionRow>> Board(NeravaDbContext db, string merchantId, DateTimeOffset since, CancellationToken ct) =>
        ToListAsync(BoardQuery.For(db)(db, merchantId, since), ct);

    public static Task<List<ArrivalSessionRow>> WithStatus(NeravaDbContext db, string merchantId, SessionStatus status, CancellationToken ct) =>
        ToListAsync(StatusQuery.For(db)(db, merchantId, status), ct);

    private static async Task<List<ArrivalSessionRow>> ToListAsync(IAsyncEnumerable<ArrivalSessionRow> rows, CancellationToken ct)
    {
        var list = new List<ArrivalSessionRow>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(row);
        }

        return list;
    }
}
