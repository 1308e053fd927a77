using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        // The dedupe key makes "exactly once" a database guarantee rather than a hope.
        b.HasIndex(m => m.DedupeKey).IsUnique();
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        // A check-in answers with the channels its kitchen-fire messages went to.
        b.HasIndex(m => new { m.SessionId, m.Kind });
        b.Property(m => m.Body).HasMaxLength(4000);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.Ref).HasMaxLength(16);
        b.Property(m => m.TraceParent).HasMaxLength(64);
    }
}

internal sealed class AnalyticsEventConfiguration : IEntityTypeConfiguration<AnalyticsEventRow>
{
    public void Configure(EntityTypeBuilder<AnalyticsEventRow> b)
    {
        b.ToTable("analytics_events");
        b.HasIndex(e => e.CreatedAt);
        b.Property(e => e.Event).HasMaxLength(200);
        b.Property(e => e.DistinctId).HasMaxLength(200);
        b.Property(e => e.Source).HasMaxLength(16);
        b.Property(e => e.PropertiesJson).HasMaxLength(8000);
    }
}

internal sealed class DevOutboxEntryConfiguration : IEntityTypeConfiguration<DevOutboxEntry>
{
    public void Configure(EntityTypeBuilder<DevOutboxEntry> b)
    {
        b.ToTable("dev_outbox");
        b.HasIndex(e => e.CreatedAt);
        b.Property(e => e.Body).HasMaxLength(4000);
    }
}
