using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Features.Demo;

namespace Nerava.Api.Data;

/// <summary>Migrations and demo data at start — for the embedded default only; production runs the migrate command.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        if (options.ShouldMigrateOnStart)
        {
            await db.Database.MigrateAsync();
        }

        if (options.ShouldSeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }
    }

    /// <summary><c>dotnet run --project src/Nerava.Api -- migrate</c>: applies migrations and exits.</summary>
    public static async Task<int> MigrateAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        app.Logger.LogInformation("Applied {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        return 0;
    }
}
