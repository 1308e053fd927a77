using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Nerava.Api.Data;

/// <summary>SQLite: the embedded default (one file, one writer).</summary>
public sealed class SqliteNeravaDbContext(DbContextOptions<SqliteNeravaDbContext> options) : NeravaDbContext(options)
{
    public override bool IsPostgres => false;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no DateTimeOffset type; UTC ticks keep ordering and comparisons in SQL correct.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
