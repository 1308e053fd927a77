using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data.Configurations;

internal sealed class AdminAccountConfiguration : IEntityTypeConfiguration<AdminAccount>
{
    public void Configure(EntityTypeBuilder<AdminAccount> b)
    {
        b.ToTable("admin_accounts");
        b.HasIndex(a => a.Email).IsUnique();
    }
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("admin_audit");
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.Property(a => a.Details).HasMaxLength(4000);
    }
}

internal sealed class MerchantPosCredentialConfiguration : IEntityTypeConfiguration<MerchantPosCredential>
{
    public void Configure(EntityTypeBuilder<MerchantPosCredential> b)
    {
        b.ToTable("merchant_pos_credentials");
        b.HasKey(c => c.MerchantId);
        b.HasOne<Merchant>().WithOne().HasForeignKey<MerchantPosCredential>(c => c.MerchantId);
        b.Property(c => c.ProtectedAccessToken).HasMaxLength(4000);
    }
}

internal sealed class StaffInviteConfiguration : IEntityTypeConfiguration<StaffInvite>
{
    public void Configure(EntityTypeBuilder<StaffInvite> b)
    {
        b.ToTable("staff_invites");
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => i.StaffId);
        b.HasOne<MerchantStaff>().WithMany().HasForeignKey(i => i.StaffId);
    }
}
