using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.IntegrationTests.Features.Hosting;

public sealed class MigrationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    // Fails when the model changed without `dotnet ef migrations add` for this provider (see README).
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Every_provider_has_a_migration_for_the_current_model(TestDatabase db)
    {
        var api = await fixture.For(db);

        var pending = await api.WithDbAsync(d => Task.FromResult(d.Database.HasPendingModelChanges()));
        var applied = await api.WithDbAsync(async d => (await d.Database.GetPendingMigrationsAsync()).Count());

        Assert.False(pending, $"The model has changes without a {db} migration.");
        Assert.Equal(0, applied);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Each_provider_only_sees_its_own_migration_set(TestDatabase db)
    {
        var api = await fixture.For(db);

        var ids = await api.WithDbAsync(d => Task.FromResult(d.Database.GetMigrations().ToList()));
        var isPostgres = await api.WithDbAsync(d => Task.FromResult(d.IsPostgres));

        Assert.NotEmpty(ids);
        Assert.Equal(db == TestDatabase.Postgres, isPostgres);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }
}
