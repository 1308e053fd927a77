using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Nerava.Api.Data;

// Used only by `dotnet ef migrations add`; connection strings here never reach a real database.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNeravaDbContext>
{
    public PostgresNeravaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresNeravaDbContext>();
        DatabaseSetup.ConfigurePostgres(builder, "Host=localhost;Database=nerava_design");
        return new PostgresNeravaDbContext(builder.Options);
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNeravaDbContext>
{
    public SqliteNeravaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteNeravaDbContext>();
        DatabaseSetup.ConfigureSqlite(builder, "Data Source=design.db");
        return new SqliteNeravaDbContext(builder.Options);
    }
}
