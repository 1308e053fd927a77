using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Data.Configurations;

internal sealed class ArrivalSessionConfiguration : IEntityTypeConfiguration<ArrivalSessionRow>
{
    // Same SQL on PostgreSQL and SQLite: status IN ('pending_order', 'awaiting_arrival', 'arrived', 'merchant_notified').
    internal static readonly string ActiveFilter = $"status IN ({string.Join(", ", SessionStatusNames.ActiveWire.Select(w => $"'{w}'"))})";

    public void Configure(EntityTypeBuilder<ArrivalSessionRow> b)
    {
        b.ToTable("arrival_sessions");
        // One active session per driver, enforced by the database so concurrent creates cannot both win.
        b.HasIndex(s => s.DriverId).IsUnique().HasFilter(ActiveFilter).HasDatabaseName("ux_sessions_one_active_per_driver");
        // Reply codes are unique among a merchant's sessions that can still be confirmed.
        b.HasIndex(s => new { s.MerchantId, s.MerchantReplyCode }).IsUnique().HasFilter(ActiveFilter)
            .HasDatabaseName("ux_sessions_reply_code_per_merchant");
        b.HasIndex(s => new { s.DriverId, s.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        b.HasIndex(s => new { s.Status, s.ExpiresAt });
        b.HasIndex(s => new { s.MerchantId, s.CreatedAt });
        b.Property(s => s.TrackingMemoryJson).HasMaxLength(8000);
        b.Property(s => s.VehiclePlate).HasMaxLength(16);
        b.Property(s => s.Stall).HasMaxLength(10);
        b.Property(s => s.SmartcarIssue).HasMaxLength(40);
        // Guarded updates: SaveChanges adds "AND status = @original" (and the fired/heads-up stamps), so of two racing
        // writers exactly one changes the row and the other gets a concurrency exception.
        // The enum is stored as its wire name in the same varchar(400) column as before: no data migration.
        b.Property(s => s.Status).HasConversion(v => SessionStatusNames.ToWire(v), v => SessionStatusNames.Parse(v)).HasMaxLength(400)
            .IsConcurrencyToken();
        b.Property(s => s.KitchenFiredAt).IsConcurrencyToken();
        b.Property(s => s.HeadsUpSentAt).IsConcurrencyToken();
        // Start charging from the app: the charger's reply and its StartTransaction race (ChargingStatuses.Supersedes).
        b.Property(s => s.ChargingStatus).IsConcurrencyToken();
        b.HasOne<Merchant>().WithMany().HasForeignKey(s => s.MerchantId);
        b.HasOne<Driver>().WithMany().HasForeignKey(s => s.DriverId);
    }
}

internal sealed class QueuedOrderConfiguration : IEntityTypeConfiguration<QueuedOrder>
{
    public void Configure(EntityTypeBuilder<QueuedOrder> b)
    {
        b.HasIndex(q => q.SessionId).IsUnique();
        b.Property(q => q.PayloadJson).HasMaxLength(4000);
    }
}

internal sealed class BillingEventConfiguration : IEntityTypeConfiguration<BillingEvent>
{
    public void Configure(EntityTypeBuilder<BillingEvent> b)
    {
        b.HasIndex(e => e.SessionId).IsUnique();
        // Finance reads per merchant per month.
        b.HasIndex(e => new { e.MerchantId, e.CreatedAt });
        // Rows written before billing had a lifecycle are pending.
        b.Property(e => e.Status).HasDefaultValue("pending");
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.HasIndex(r => new { r.Scope, r.Key }).IsUnique();
        b.HasIndex(r => r.CreatedAt);
        b.Property(r => r.ResponseJson).HasMaxLength(8000);
    }
}
