using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Admin.Billing;

/// <summary>/v1/admin/billing: events by merchant and month, CSV export, status moves (never backwards) and totals.</summary>
public static class AdminBillingEndpoints
{
    public static void MapAdminBilling(this RouteGroupBuilder admin)
    {
        admin.MapGet("/billing", ListAsync);
        admin.MapGet("/billing/export", BillingCsv.ExportAsync);
        admin.MapGet("/billing/totals", TotalsAsync);
        admin.MapPost("/billing/invoice", BillingStatusChange.InvoicePeriodAsync);
        admin.MapPost("/billing/{id:guid}/status", BillingStatusChange.HandleAsync);
    }

    private static async Task<Results<Ok<List<AdminBillingEvent>>, ValidationProblem>> ListAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "merchant_id")] string? merchantId, string? month, string? status,
        int? limit, NeravaDbContext db, CancellationToken ct)
    {
        var period = month is null ? null : BillingPeriod.Parse(month);
        var v = new Validator().Require(month is null || period is not null, "month", "YYYY-MM.")
            .OneOf(status, BillingLifecycle.AllWire, "status", required: false)
            .Require(limit is null or >= 1 and <= 5000, "limit", "Between 1 and 5000.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var events = await Query(db, merchantId, period).Where(e => status == null || e.Status == status)
            .OrderByDescending(e => e.CreatedAt).Take(limit ?? 500).ToListAsync(ct);
        return TypedResults.Ok(events.Select(AdminBillingEvent.From).ToList());
    }

    private static async Task<Results<Ok<List<BillingTotals>>, ValidationProblem>> TotalsAsync(string? month, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "merchant_id")] string? merchantId,
        NeravaDbContext db, CancellationToken ct)
    {
        var period = BillingPeriod.Parse(month);
        if (period is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["month"] = ["Required: YYYY-MM."] });
        }

        // A month of one merchant's events is small; summing here keeps the arithmetic the same on both databases.
        var events = await Query(db, merchantId, period).Select(e => new { e.MerchantId, e.Status, e.TotalCents, e.BillableAmountCents }).ToListAsync(ct);
        var names = await db.Merchants.AsNoTracking().Where(m => merchantId == null || m.Id == merchantId)
            .ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        long Sum(IEnumerable<int> values) => values.Sum(v => (long)v);
        var totals = events.GroupBy(e => e.MerchantId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new BillingTotals(
            g.Key, names.GetValueOrDefault(g.Key, g.Key), period.Month, g.Count(), Sum(g.Select(e => e.TotalCents)),
            Sum(g.Where(e => e.Status != "void").Select(e => e.BillableAmountCents)),
            Sum(g.Where(e => e.Status == "pending").Select(e => e.BillableAmountCents)),
            Sum(g.Where(e => e.Status == "invoiced").Select(e => e.BillableAmountCents)),
            Sum(g.Where(e => e.Status == "paid").Select(e => e.BillableAmountCents)),
            Sum(g.Where(e => e.Status == "void").Select(e => e.BillableAmountCents)))).ToList();
        return TypedResults.Ok(totals);
    }

    public static IQueryable<BillingEvent> Query(NeravaDbContext db, string? merchantId, BillingPeriod? period)
    {
        var query = db.BillingEvents.AsNoTracking().Where(e => merchantId == null || e.MerchantId == merchantId);
        return period is null ? query : query.Where(e => e.CreatedAt >= period.Start && e.CreatedAt < period.End);
    }
}
