using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Nerava.Api.Data;

/// <summary>What a database exception means for the caller: a lost unique-key race, or the database being out of reach.</summary>
public static class DbErrors
{
    /// <summary>A unique or primary key refused the row: a race the caller answers (first writer wins).</summary>
    public static bool IsUniqueViolation(Exception? ex) => Innermost<Exception>(ex, e =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }) is not null;

    /// <summary>
    /// The database cannot be reached or is not accepting work right now (refused or dropped connection, server
    /// shutting down or starting, too many clients, SQLite file busy): retrying later can succeed, so answer 503.
    /// </summary>
    public static bool IsUnavailable(Exception? ex) => Innermost<Exception>(ex, e => e switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.ConnectionException
            or PostgresErrorCodes.ConnectionFailure or PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 10 or 14, // BUSY, LOCKED, IOERR, CANTOPEN
        SocketException => true,
        _ => false,
    }) is not null;

    private static T? Innermost<T>(Exception? ex, Func<Exception, bool> match) where T : Exception
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (match(e))
            {
                return (T)e;
            }
        }

        return null;
    }
}
