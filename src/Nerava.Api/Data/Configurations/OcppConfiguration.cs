using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Data.Configurations;

internal sealed class ChargePointConfiguration : IEntityTypeConfiguration<ChargePoint>
{
    public void Configure(EntityTypeBuilder<ChargePoint> b)
    {
        b.Property(c => c.Id).HasMaxLength(48);
        b.HasOne<Charger>().WithMany().HasForeignKey(c => c.ChargerId);
        b.HasMany(c => c.Connectors).WithOne().HasForeignKey(c => c.ChargePointId);
        b.HasIndex(c => c.ChargerId);
    }
}

internal sealed class ChargePointConnectorConfiguration : IEntityTypeConfiguration<ChargePointConnector>
{
    public void Configure(EntityTypeBuilder<ChargePointConnector> b) => b.HasKey(c => new { c.ChargePointId, c.ConnectorId });
}

internal sealed class OcppTransactionConfiguration : IEntityTypeConfiguration<OcppTransaction>
{
    public void Configure(EntityTypeBuilder<OcppTransaction> b)
    {
        b.ToTable("ocpp_transactions");
        b.HasIndex(t => new { t.ChargePointId, t.ConnectorId, t.IdTag, t.MeterStart, t.StartedAt }).IsUnique();
        b.HasIndex(t => t.SessionId);
    }
}

internal sealed class OcppCommandConfiguration : IEntityTypeConfiguration<OcppCommand>
{
    public void Configure(EntityTypeBuilder<OcppCommand> b)
    {
        b.ToTable("ocpp_commands");
        b.Property(c => c.PayloadJson).HasMaxLength(4000);
        b.Property(c => c.ResultJson).HasMaxLength(4000);
        b.HasIndex(c => new { c.Status, c.ChargePointId });
    }
}

internal sealed class ChargerPlugInConfiguration : IEntityTypeConfiguration<ChargerPlugIn>
{
    public void Configure(EntityTypeBuilder<ChargerPlugIn> b)
    {
        b.Property(p => p.OfferedTo).HasMaxLength(2000);
        b.HasIndex(p => new { p.ChargerId, p.At });
    }
}
