using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data.Configurations;

internal sealed class DriverConfiguration : IEntityTypeConfiguration<Driver>
{
    public void Configure(EntityTypeBuilder<Driver> b)
    {
        b.HasIndex(d => d.Phone).IsUnique();
        b.HasIndex(d => d.OcppIdTag).IsUnique();
        b.Property(d => d.VehiclePlate).HasMaxLength(16);
    }
}

internal sealed class OtpCodeConfiguration : IEntityTypeConfiguration<OtpCode>
{
    public void Configure(EntityTypeBuilder<OtpCode> b)
    {
        b.HasIndex(o => new { o.Phone, o.CreatedAt });
        b.HasIndex(o => new { o.ClientIp, o.CreatedAt });
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> b) => b.HasIndex(r => r.TokenHash).IsUnique();
}

internal sealed class MerchantStaffConfiguration : IEntityTypeConfiguration<MerchantStaff>
{
    public void Configure(EntityTypeBuilder<MerchantStaff> b)
    {
        b.HasIndex(s => s.Email).IsUnique();
        b.HasOne<Merchant>().WithMany().HasForeignKey(s => s.MerchantId);
    }
}
