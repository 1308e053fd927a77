using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.MerchantConsole;
using Nerava.Api.Features.Sessions;

namespace Nerava.Api.IntegrationTests.Features.Sessions;

public sealed class ActiveSessionQueryTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string ActiveStatuses = "('pending_order', 'awaiting_arrival', 'arrived', 'merchant_notified')";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task The_active_filter_is_written_as_constants(TestDatabase db)
    {
        var api = await fixture.For(db);
        var driverId = Guid.NewGuid();

        var sql = await api.WithDbAsync(d => Task.FromResult(d.Sessions.WhereActive().Where(s => s.DriverId == driverId).Select(s => s.Id).ToQueryString()));

        Assert.Contains($"IN {ActiveStatuses}", sql, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task The_compiled_reads_write_the_active_filter_as_constants(TestDatabase db)
    {
        var api = await fixture.For(db);

        var sql = await SqlCapture.RunAsync(() => api.WithDbAsync(async d =>
        {
            await SessionQueries.ActiveForDriver(d, Guid.NewGuid(), CancellationToken.None);
            return await BoardQueries.Board(d, "petes-tako-house-sa", DateTimeOffset.UtcNow.AddDays(-2), CancellationToken.None);
        }));

        Assert.Equal(2, sql.Count(s => s.Contains($"IN {ActiveStatuses}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_prepared_active_session_query_can_use_the_partial_indexes_over_active_sessions()
    {
        var api = await fixture.For(TestDatabase.Postgres);
        var driverId = Guid.NewGuid();

        // Npgsql prepares statements it sees often, and PostgreSQL then plans them once for any parameter value: the plan
        // may use a partial index only if the SQL itself proves the rows are active (an array parameter cannot).
        var byDriver = await GenericPlanAsync(api, d => d.Sessions.WhereActive().Where(s => s.DriverId == driverId).Select(s => s.Id).ToQueryString());
        var merchantId = "petes-tako-house-sa";
        var codes = await GenericPlanAsync(api, d => d.Sessions.AsNoTracking().WhereActive().Where(s => s.MerchantId == merchantId)
            .Select(s => s.MerchantReplyCode).ToQueryString());

        Assert.Matches("ux_sessions_(one_active_per_driver|reply_code_per_merchant)", byDriver);
        Assert.Matches("ux_sessions_(one_active_per_driver|reply_code_per_merchant)", codes);
    }

    /// <summary>The generic plan of the query as Npgsql would prepare it, its parameters as $1, $2, … (values from ToQueryString).</summary>
    private static Task<string> GenericPlanAsync(NeravaApiFactory api, Func<NeravaDbContext, string> query) =>
        api.WithDbAsync(async d =>
        {
            var lines = query(d).Split('\n');
            var statement = string.Join('\n', lines.Where(l => !l.StartsWith("--", StringComparison.Ordinal)));
            var values = new List<string>();
            foreach (var p in lines.Where(l => l.StartsWith("-- @", StringComparison.Ordinal)))
            {
                var eq = p.IndexOf('=', StringComparison.Ordinal);
                values.Add(p[(eq + 1)..].Split(" (", 2)[0].Trim());
                statement = statement.Replace(p[3..eq], $"${values.Count}", StringComparison.Ordinal);
            }

            var connection = d.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // Settings local to a rolled-back transaction and the statement deallocated: the pooled connection keeps no state.
            var name = $"plan_{Guid.NewGuid():N}";
            command.CommandText = "BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL plan_cache_mode = force_generic_plan; " +
                                  $"PREPARE {name} AS {statement}; EXPLAIN EXECUTE {name}({string.Join(", ", values)})";
            var plan = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(0));
                }
            }

            command.CommandText = $"DEALLOCATE {name}; ROLLBACK";
            await command.ExecuteNonQueryAsync();
            return string.Join('\n', plan);
        });
}
