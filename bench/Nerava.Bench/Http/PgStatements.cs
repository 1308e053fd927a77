using Npgsql;
using static System.FormattableString;

namespace Nerava.Bench.Http;

/// <summary>pg_stat_statements for profiling (<c>--pg-stats</c>): reset before a run, the costliest statements after.</summary>
internal sealed class PgStatements(string connectionString)
{
    public async Task ResetAsync()
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", conn);
        await create.ExecuteNonQueryAsync();
        await using var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset()", conn);
        await reset.ExecuteNonQueryAsync();
    }

    public async Task PrintTopAsync(TextWriter o, int count)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) FROM pg_stat_statements " +
            "WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT @n", conn);
        cmd.Parameters.AddWithValue("n", count);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            o.WriteLine(Invariant($"    {reader.GetInt64(0),8} calls {reader.GetDouble(1),9:F0} ms  {reader.GetString(2)}"));
        }
    }
}
