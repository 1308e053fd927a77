using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data.Configurations;

internal sealed class SmartcarConnectionConfiguration : IEntityTypeConfiguration<SmartcarConnection>
{
    public void Configure(EntityTypeBuilder<SmartcarConnection> b)
    {
        b.HasIndex(c => new { c.DriverId, c.VehicleId }).IsUnique();
        b.HasIndex(c => c.VehicleId);
        b.HasIndex(c => c.GrantId);
        b.Property(c => c.AccessTokenProtected).HasMaxLength(4000);
        b.Property(c => c.RefreshTokenProtected).HasMaxLength(4000);
    }
}

internal sealed class OAuthStateConfiguration : IEntityTypeConfiguration<OAuthState>
{
    public void Configure(EntityTypeBuilder<OAuthState> b) => b.HasIndex(s => s.StateHash).IsUnique();
}

internal sealed class ProcessedWebhookConfiguration : IEntityTypeConfiguration<ProcessedWebhook>
{
    public void Configure(EntityTypeBuilder<ProcessedWebhook> b)
    {
        b.HasIndex(w => new { w.Source, w.EventId }).IsUnique();
        b.Property(w => w.ResponseBody).HasMaxLength(4000);
    }
}

internal sealed class TrackedSessionConfiguration : IEntityTypeConfiguration<TrackedSession>
{
    public void Configure(EntityTypeBuilder<TrackedSession> b)
    {
        b.HasKey(t => t.SessionId);
        // The claim walks this index in order and stops after a batch: no sort of every due row.
        b.HasIndex(t => t.ClaimBy).HasFilter("active");
        b.Property(t => t.RecentCallsJson).HasMaxLength(4000);
    }
}

internal sealed class RateBucketConfiguration : IEntityTypeConfiguration<RateBucket>
{
    public void Configure(EntityTypeBuilder<RateBucket> b) => b.HasKey(r => r.Name);
}

internal sealed class DataProtectionKeyConfiguration
    : IEntityTypeConfiguration<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>
{
    // Key XML is long; it must not inherit the 400-character default.
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> b) =>
        b.Property(k => k.Xml).HasMaxLength(16000);
}
