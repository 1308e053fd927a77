using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.Data;

/// <summary>PostgreSQL: production and the integration tests.</summary>
public sealed class PostgresNeravaDbContext(DbContextOptions<PostgresNeravaDbContext> options) : NeravaDbContext(options)
{
    public override bool IsPostgres => true;
}
