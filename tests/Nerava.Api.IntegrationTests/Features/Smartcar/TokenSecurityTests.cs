using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Smartcar;

namespace Nerava.Api.IntegrationTests.Features.Smartcar;

public sealed class TokenSecurityTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Fifty_simultaneous_refreshes_of_one_vehicle_make_one_refresh_call(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var vehicle = await api.ConnectCarAsync(driver);
        var connectionId = await api.WithDbAsync(async d =>
        {
            var row = await d.SmartcarConnections.SingleAsync(c => c.VehicleId == vehicle);
            row.AccessExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await d.SaveChangesAsync();
            return row.Id;
        });
        var before = RefreshCalls(api);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TokenRefresher>().GetAccessTokenAsync(connectionId, CancellationToken.None);
        })));

        Assert.Equal(1, RefreshCalls(api) - before);
        Assert.Single(tokens.Distinct());
        var row = await api.WithDbAsync(d => d.SmartcarConnections.AsNoTracking().SingleAsync(c => c.Id == connectionId));
        Assert.True(row.AccessExpiresAt > DateTimeOffset.UtcNow.AddMinutes(100));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_dead_refresh_token_marks_the_connection_for_reconnect_and_tells_the_driver(TestDatabase db)
    {
        var api = await fixture.For(db);
        var phone = NeravaApiFactory.NewPhone();
        var (driver, _) = await api.LoginDriverAsync(phone);
        var vehicle = await api.ConnectCarAsync(driver);
        var connectionId = await api.WithDbAsync(async d =>
        {
            var row = await d.SmartcarConnections.SingleAsync(c => c.VehicleId == vehicle);
            row.AccessExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await using var scope = api.Services.CreateAsyncScope();
            row.RefreshTokenProtected = scope.ServiceProvider.GetRequiredService<TokenVault>().Protect("refresh-token-smartcar-never-issued");
            await d.SaveChangesAsync();
            return row.Id;
        });

        await using var scope = api.Services.CreateAsyncScope();
        await Assert.ThrowsAsync<ReconnectRequiredException>(() =>
            scope.ServiceProvider.GetRequiredService<TokenRefresher>().GetAccessTokenAsync(connectionId, CancellationToken.None));

        var status = await driver.GetFromJsonAsync<JsonElement>("/v1/smartcar/status");
        Assert.True(status.GetProperty("needs_reconnect").GetBoolean());
        Assert.False(status.GetProperty("connected").GetBoolean());
        Assert.Contains("reconnect", (await api.WaitForOutboxAsync(phone, b => b.Contains("reconnect", StringComparison.Ordinal))).Body,
            StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_database_dump_contains_no_plaintext_token(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        var vehicle = await api.ConnectCarAsync(driver);
        var (access, refresh) = await api.WithDbAsync(async d =>
        {
            var row = await d.SmartcarConnections.AsNoTracking().SingleAsync(c => c.VehicleId == vehicle);
            await using var scope = api.Services.CreateAsyncScope();
            var vault = scope.ServiceProvider.GetRequiredService<TokenVault>();
            return (vault.Unprotect(row.AccessTokenProtected), vault.Unprotect(row.RefreshTokenProtected));
        });

        var dump = db == TestDatabase.Postgres ? PgDump(api) : await SqliteBytesAsync(api);

        Assert.True(access.Length > 10 && refresh.Length > 10);
        Assert.Contains("smartcar_connections", dump, StringComparison.Ordinal);
        Assert.DoesNotContain(access, dump, StringComparison.Ordinal);
        Assert.DoesNotContain(refresh, dump, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task The_data_protection_key_ring_in_the_database_is_encrypted(TestDatabase db)
    {
        var api = await fixture.For(db);
        var (driver, _) = await api.LoginDriverAsync();
        await api.ConnectCarAsync(driver); // Protecting the tokens creates the key ring.

        var keys = await api.WithDbAsync(d => d.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedKey kek=", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // The master key is never stored as it is.
        });
    }

    private static int RefreshCalls(NeravaApiFactory api) => api.SmartcarCalls.Count(c => c.EndsWith("refresh_token", StringComparison.Ordinal));

    private static string PgDump(NeravaApiFactory api)
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(api.ConnectionString);
        var psi = new ProcessStartInfo("/usr/lib/postgresql/15/bin/pg_dump",
            $"-h {cs.Host} -p {cs.Port} -U {cs.Username} -d {cs.Database} --no-owner")
        { RedirectStandardOutput = true };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private static async Task<string> SqliteBytesAsync(NeravaApiFactory api)
    {
        await api.WithDbAsync(d => d.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(FULL);"));
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(api.ConnectionString).DataSource;
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
        return await reader.ReadToEndAsync();
    }
}
