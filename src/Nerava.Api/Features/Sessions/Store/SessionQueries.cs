using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Sessions;

/// <summary>
/// The hottest session reads as compiled queries: EF Core then skips its per-execution query-cache lookup and the walk over
/// the expression tree that extracts parameters. The active filter is inlined by <see cref="ActiveStatusesInliner"/> (a compiled
/// query refuses <c>EF.Constant</c> and cannot expand <see cref="ActiveSessions.WhereActive"/>): the same SQL constants.
/// </summary>
internal static class SessionQueries
{
    private static readonly PerModel<Func<NeravaDbContext, Guid, Guid, CancellationToken, Task<ArrivalSessionRow?>>> ForDriverQuery = new(() =>
        EF.CompileAsyncQuery((NeravaDbContext db, Guid id, Guid driverId, CancellationToken ct) =>
            db.Sessions.SingleOrDefault(s => s.Id == id && s.DriverId == driverId)));

    private static readonly PerModel<Func<NeravaDbContext, Guid, string, CancellationToken, Task<ArrivalSessionRow?>>> ForMerchantQuery = new(() =>
        EF.CompileAsyncQuery((NeravaDbContext db, Guid id, string merchantId, CancellationToken ct) =>
            db.Sessions.SingleOrDefault(s => s.Id == id && s.MerchantId == merchantId)));

    private static readonly PerModel<Func<NeravaDbContext, Guid, CancellationToken, Task<ArrivalSessionRow?>>> ActiveForDriverQuery = new(() =>
        EF.CompileAsyncQuery(ActiveStatusesInliner.Inline<Func<NeravaDbContext, Guid, CancellationToken, ArrivalSessionRow?>>((db, driverId, ct) =>
            db.Sessions.Where(s => SessionStatusNames.Active.Contains(s.Status)).FirstOrDefault(s => s.DriverId == driverId))));

    public static Task<ArrivalSessionRow?> ForDriver(NeravaDbContext db, Guid id, Guid driverId, CancellationToken ct) =>
        ForDriverQuery.For(db)(db, id, driverId, ct);

    public static Task<ArrivalSessionRow?> ForMerchant(NeravaDbContext db, Guid id, string merchantId, CancellationToken ct) =>
        ForMerchantQuery.For(db)(db, id, merchantId, ct);

    public static Task<ArrivalSessionRow?> ActiveForDriver(NeravaDbContext db, Guid driverId, CancellationToken ct) =>
        ActiveForDriverQuery.For(db)(db, driverId, ct);
}
