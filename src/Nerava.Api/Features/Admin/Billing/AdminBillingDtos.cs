using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Admin.Billing;

public sealed record AdminBillingEvent(Guid Id, Guid SessionId, string MerchantId, DateTimeOffset CreatedAt, int TotalCents, int FeeBps,
    int BillableAmountCents, string TotalSource, string Status, DateTimeOffset? InvoicedAt, DateTimeOffset? PaidAt, DateTimeOffset? VoidedAt,
    string? VoidReason)
{
    public static AdminBillingEvent From(BillingEvent e) => new(e.Id, e.SessionId, e.MerchantId, e.CreatedAt, e.TotalCents, e.FeeBps,
        e.BillableAmountCents, e.TotalSource, e.Status, e.InvoicedAt, e.PaidAt, e.VoidedAt, e.VoidReason);
}

public sealed record BillingStatusRequest(string? Status, string? Reason);

public sealed record InvoicePeriodRequest(string? MerchantId, string? Month);

public sealed record InvoicePeriodResponse(string MerchantId, string Month, int Invoiced, long AmountCents);

/// <summary>One merchant's billing for one month; billable_cents is the fees of every event that is not void.</summary>
public sealed record BillingTotals(string MerchantId, string MerchantName, string Period, int Events, long OrderTotalCents, long BillableCents,
    long PendingCents, long InvoicedCents, long PaidCents, long VoidCents);
