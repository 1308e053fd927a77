using System.Linq.Expressions;
using System.Reflection;
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

/// <summary>
/// For compiled queries, where <c>EF.Constant</c> is refused: replaces each <see cref="SessionStatusNames.Active"/> in the
/// query with the list itself as a constant, so the statuses are written into the SQL exactly as <see cref="ActiveSessions"/> does.
/// </summary>
internal sealed class ActiveStatusesInliner : ExpressionVisitor
{
    private static readonly MemberInfo Active = typeof(SessionStatusNames).GetProperty(nameof(SessionStatusNames.Active))!;

    public static Expression<T> Inline<T>(Expression<T> query) => (Expression<T>)new ActiveStatusesInliner().Visit(query);

    protected override Expression VisitMember(MemberExpression node) =>
        node.Member == Active ? Expression.Constant(SessionStatusNames.Active.ToArray(), node.Type) : base.VisitMember(node);
}
