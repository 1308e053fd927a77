using System.Data.Common;
using Npgsql;

namespace Nerava.Api.Data;

/// <summary>
/// Npgsql settings for the API's access pattern, applied unless the connection string sets them itself. Outside a
/// transaction EF opens and closes a pooled connection for each query, several times per request: by default every
/// reopen first sends <c>DISCARD ALL</c> (a round trip that also drops the connection's prepared statements). The
/// application keeps no session state on a connection (no SET, temporary tables or session advisory locks), so the reset
/// is skipped, and the statements EF sends again and again are prepared once per connection, saving PostgreSQL the parse
/// and plan. After a schema change, restart the API (a deploy does) so no statement prepared on the old schema is reused.
/// </summary>
public static class PostgresConnectionTuning
{
    public const int MaxAutoPrepare = 64;
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(given, "No Reset On Close", "NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        if (!Sets(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = MaxAutoPrepare;
            tuned.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        return tuned.ConnectionString;
    }

    private static bool Sets(DbConnectionStringBuilder given, params string[] names) =>
        given.Keys.Cast<string>().Any(k => names.Any(n => string.Equals(k.Replace(" ", "", StringComparison.Ordinal),
            n.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
}
