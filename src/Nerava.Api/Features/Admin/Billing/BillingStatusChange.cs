using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Sessions;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Admin.Billing;

/// <summary>
/// Moves billing events through the domain's lifecycle with guarded updates (<c>WHERE status = @from</c>), mirrors the
/// status onto the session's <c>billing_status</c> through the session door after commit, and audits each move.
/// </summary>
public static class BillingStatusChange
{
    public static async Task<Results<Ok<AdminBillingEvent>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid id, BillingStatusRequest request,
        ClaimsPrincipal admin, NeravaDbContext db, AuditLog audit, SessionStore sessions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().OneOf(request.Status, BillingLifecycle.AllWire, "status").MaxLength(request.Reason, 500, "reason");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        BillingLifecycle.TryParse(request.Status, out var to);
        // A concurrent change is re-read and the move re-judged, never answered with a blind 409.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await db.BillingEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
            if (current is null)
            {
                return Problems.NotFound(AdminErrorCodes.BillingEventNotFound, "No billing event with that id.");
            }

            BillingLifecycle.TryParse(current.Status, out var from);
            var move = BillingLifecycle.Move(from, to, request.Reason);
            if (!move.Accepted)
            {
                return move.ErrorCode == BillingLifecycle.ReasonRequiredCode
                    ? Problems.BadRequest(move.ErrorCode, "A reason is required.", move.Reason)
                    : Problems.Conflict(move.ErrorCode!, "Billing status cannot go back.", move.Reason,
                        new Dictionary<string, object?> { ["billing_status"] = current.Status });
            }

            if (from == to)
            {
                return TypedResults.Ok(AdminBillingEvent.From(current));
            }

            if (await ApplyAsync(db, audit, sessions, admin, current, from, to, request.Reason?.Trim(), clock.GetUtcNow(), ct))
            {
                return TypedResults.Ok(AdminBillingEvent.From(await db.BillingEvents.AsNoTracking().SingleAsync(e => e.Id == id, ct)));
            }
        }

        return Problems.Conflict(ErrorCodes.Conflict, "The event keeps changing; try again.");
    }

    /// <summary>POST /v1/admin/billing/invoice: every pending event of one merchant and month becomes invoiced.</summary>
    public static async Task<Results<Ok<InvoicePeriodResponse>, ValidationProblem, ProblemHttpResult>> InvoicePeriodAsync(InvoicePeriodRequest request,
        ClaimsPrincipal admin, NeravaDbContext db, AuditLog audit, SessionStore sessions, TimeProvider clock, CancellationToken ct)
    {
        var period = BillingPeriod.Parse(request.Month);
        var v = new Validator().Require(!string.IsNullOrWhiteSpace(request.MerchantId), "merchant_id", "Required.")
            .Require(period is not null, "month", "Required: YYYY-MM.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        if (!await db.Merchants.AnyAsync(m => m.Id == request.MerchantId, ct))
        {
            return Merchants.AdminMerchantEndpoints.NotFound();
        }

        var pending = await AdminBillingEndpoints.Query(db, request.MerchantId, period).Where(e => e.Status == "pending").ToListAsync(ct);
        var now = clock.GetUtcNow();
        var (count, amount) = (0, 0L);
        foreach (var e in pending)
        {
            // Each row guarded and audited on its own (a crash half-way leaves no unaudited move): one voided meanwhile
            // is skipped, not invoiced.
            if (await ApplyAsync(db, audit, sessions, admin, e, BillingStatus.Pending, BillingStatus.Invoiced, null, now, ct))
            {
                (count, amount) = (count + 1, amount + e.BillableAmountCents);
            }
        }

        await audit.RecordAsync(admin, "billing.invoice_period", "merchant", request.MerchantId!,
            new { month = period!.Month, invoiced = count, amount_cents = amount }, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new InvoicePeriodResponse(request.MerchantId!, period.Month, count, amount));
    }

    private static async Task<bool> ApplyAsync(NeravaDbContext db, AuditLog audit, SessionStore sessions, ClaimsPrincipal admin, BillingEvent e,
        BillingStatus from, BillingStatus to, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        var (fromWire, toWire) = (BillingLifecycle.ToWire(from), BillingLifecycle.ToWire(to));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        DateTimeOffset? at = now;
        var guarded = db.BillingEvents.Where(b => b.Id == e.Id && b.Status == fromWire);
        var won = to switch
        {
            BillingStatus.Invoiced => await guarded.ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, toWire).SetProperty(b => b.InvoicedAt, at), ct),
            BillingStatus.Paid => await guarded.ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, toWire).SetProperty(b => b.PaidAt, at), ct),
            BillingStatus.Void => await guarded.ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, toWire).SetProperty(b => b.VoidedAt, at)
                .SetProperty(b => b.VoidReason, reason), ct),
            _ => 0,
        };
        if (won != 1)
        {
            return false;
        }

        await audit.RecordAsync(admin, "billing.status", "billing_event", e.Id.ToString(), new { from = fromWire, to = toWire, reason }, ct);
        await db.SaveChangesAsync(ct);

        await tx.CommitAsync(ct);
        // The billing event is the record; the session's billing_status mirrors it through the session door, after commit.
        if (await db.Sessions.SingleOrDefaultAsync(s => s.Id == e.SessionId, ct) is { } row)
        {
            // The event's status as it is now, so a slower mirror of an earlier move cannot overwrite a later one.
            await sessions.ApplyAsync(row, async (r, c) =>
            {
                var status = await db.BillingEvents.AsNoTracking().Where(b => b.Id == e.Id).Select(b => b.Status).SingleAsync(c);
                return r.BillingStatus == status ? SessionChange.None : new SessionChange { Facts = [new SessionFacts.BillingStatusChanged(status)] };
            }, ct);
        }

        return true;
    }
}
