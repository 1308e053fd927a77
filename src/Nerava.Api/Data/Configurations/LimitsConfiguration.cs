using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data.Configurations;

internal sealed class RateEventConfiguration : IEntityTypeConfiguration<RateEvent>
{
    public void Configure(EntityTypeBuilder<RateEvent> b)
    {
        b.Property(e => e.Key).HasMaxLength(120);
        b.HasIndex(e => new { e.Key, e.At });
        b.HasIndex(e => e.At);
    }
}

internal sealed class LoginThrottleConfiguration : IEntityTypeConfiguration<LoginThrottle>
{
    public void Configure(EntityTypeBuilder<LoginThrottle> b)
    {
        b.HasKey(t => t.Key);
        b.Property(t => t.Key).HasMaxLength(120);
        b.HasIndex(t => t.UpdatedAt);
    }
}
