using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.Data;

/// <summary>Registers the context for the configured provider; everything else asks for <see cref="NeravaDbContext"/>.</summary>
public static class DatabaseSetup
{
    public static WebApplicationBuilder AddNeravaDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            var cs = builder.Configuration.GetConnectionString("Nerava");
            if (string.IsNullOrWhiteSpace(cs))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Nerava (env ConnectionStrings__Nerava) is not set.");
            }

            var tuned = PostgresConnectionTuning.Apply(cs);
            // Pooled contexts: a request reuses a context instead of building one (its services and change tracker).
            builder.Services.AddDbContextPool<NeravaDbContext, PostgresNeravaDbContext>((sp, o) =>
            {
                ConfigurePostgres(o, tuned);
                DbFailureLogging.Configure(o, sp);
            });
        }
        else
        {
            var dir = options.ResolveDataDirectory(builder.Environment.ContentRootPath);
            Directory.CreateDirectory(dir);
            var cs = builder.Configuration.GetConnectionString("Nerava") is { Length: > 0 } explicitCs
                ? explicitCs
                : $"Data Source={Path.Combine(dir, "nerava.db")};Pooling=True";
            builder.Services.AddDbContextPool<NeravaDbContext, SqliteNeravaDbContext>((sp, o) =>
            {
                ConfigureSqlite(o, cs);
                DbFailureLogging.Configure(o, sp);
            });
        }

        // Merchants and chargers are read on every signal: a short in-process cache in front of them.
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<CatalogCache>();
        return builder;
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder o, string connectionString) =>
        o.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(NeravaDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();

    public static void ConfigureSqlite(DbContextOptionsBuilder o, string connectionString) =>
        o.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(30))
            .UseSnakeCaseNamingConvention();
}
