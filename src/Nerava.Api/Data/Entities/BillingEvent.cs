namespace Nerava.Api.Data.Entities;

/// <summary>One per completed (billable) session; the session id is unique.</summary>
public sealed class BillingEvent
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public required string MerchantId { get; set; }
    public int TotalCents { get; set; }
    public int FeeBps { get; set; }
    public int BillableAmountCents { get; set; }
    public required string TotalSource { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>pending → invoiced → paid, or void (with <see cref="VoidReason"/>); never backwards.</summary>
    public string Status { get; set; } = "pending";
    public DateTimeOffset? InvoicedAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset? VoidedAt { get; set; }
    public string? VoidReason { get; set; }
}
