using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data.Configurations;

internal sealed class ChargerConfiguration : IEntityTypeConfiguration<Charger>
{
    public void Configure(EntityTypeBuilder<Charger> b)
    {
        b.HasIndex(c => new { c.Lat, c.Lng });
        b.Property(c => c.Highway).HasMaxLength(40);
    }
}

internal sealed class MerchantConfiguration : IEntityTypeConfiguration<Merchant>
{
    public void Configure(EntityTypeBuilder<Merchant> b) => b.Property(m => m.OrderingInstructions).HasMaxLength(1000);
}

internal sealed class MerchantChargerConfiguration : IEntityTypeConfiguration<MerchantCharger>
{
    public void Configure(EntityTypeBuilder<MerchantCharger> b)
    {
        b.HasKey(mc => new { mc.MerchantId, mc.ChargerId });
        b.HasOne(mc => mc.Merchant).WithMany(m => m.Chargers).HasForeignKey(mc => mc.MerchantId);
        b.HasOne(mc => mc.Charger).WithMany(c => c.Merchants).HasForeignKey(mc => mc.ChargerId);
    }
}
