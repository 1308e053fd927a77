using System.Globalization;
using Npgsql;

namespace Nerava.Api.Data;

/// <summary>
/// What the service does when the database is out of reach: answer 503 with Retry-After, and drop pooled
/// connections so the first requests after the database is back get fresh ones instead of dead sockets
/// (no restart needed).
/// </summary>
public static class DatabaseOutage
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static void Observed(HttpResponse response)
    {
        response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        NpgsqlConnection.ClearAllPools();
    }
}
