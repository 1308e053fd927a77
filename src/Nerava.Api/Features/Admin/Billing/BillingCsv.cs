using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin.Billing;

/// <summary>
/// GET /v1/admin/billing/export?merchant_id=&amp;month=YYYY-MM: one merchant's billing events for one month as RFC 4180 CSV,
/// oldest first, with a totals line finance can check against. Cells that a spreadsheet would run as a formula are
/// prefixed with an apostrophe.
/// </summary>
public static class BillingCsv
{
    public const string Header =
        "billing_event_id,session_id,merchant_id,merchant_name,created_at,order_total_cents,fee_bps,billable_amount_cents,total_source,billing_status,invoiced_at,paid_at,voided_at,void_reason";

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "merchant_id")] string? merchantId, string? month,
        NeravaDbContext db, CancellationToken ct)
    {
        var period = BillingPeriod.Parse(month);
        var v = new Validator().Require(!string.IsNullOrWhiteSpace(merchantId), "merchant_id", "Required.")
            .Require(period is not null, "month", "Required: YYYY-MM.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var name = await db.Merchants.AsNoTracking().Where(m => m.Id == merchantId).Select(m => m.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return Merchants.AdminMerchantEndpoints.NotFound();
        }

        var events = await AdminBillingEndpoints.Query(db, merchantId, period).OrderBy(e => e.CreatedAt).ToListAsync(ct);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var e in events)
        {
            Row(csv, e.Id.ToString(), e.SessionId.ToString(), e.MerchantId, name, Time(e.CreatedAt), Num(e.TotalCents), Num(e.FeeBps),
                Num(e.BillableAmountCents), e.TotalSource, e.Status, Time(e.InvoicedAt), Time(e.PaidAt), Time(e.VoidedAt), e.VoidReason);
        }

        var billable = events.Where(e => e.Status != "void").Sum(e => (long)e.BillableAmountCents);
        Row(csv, "total", "", merchantId!, name, period!.Month, events.Sum(e => (long)e.TotalCents).ToString(CultureInfo.InvariantCulture), "",
            billable.ToString(CultureInfo.InvariantCulture), "", "", "", "", "", "");
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8",
            $"nerava-billing-{merchantId}-{period.Month}.csv");
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // CSV injection: a leading =, +, -, @, tab or CR makes a spreadsheet evaluate the cell.
        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    private static void Row(StringBuilder csv, params string?[] cells) => csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
