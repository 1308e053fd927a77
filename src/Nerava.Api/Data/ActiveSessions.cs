using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Data;

public static class ActiveSessions
{
    /// <summary>
    /// Sessions that can still change, with the statuses written into the SQL as constants (<c>status IN ('pending_order', …)</c>)
    /// rather than an array parameter: only then can PostgreSQL prove the query falls inside the partial indexes over
    /// active sessions (one per driver, reply codes per merchant) and use them instead of scanning every session ever made.
    /// </summary>
    public static IQueryable<ArrivalSessionRow> WhereActive(this IQueryable<ArrivalSessionRow> sessions) =>
        sessions.Where(s => EF.Constant(SessionStatusNames.Active).Contains(s.Status));
}
