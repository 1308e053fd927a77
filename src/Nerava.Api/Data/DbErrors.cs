using Microsoft.EntityFrameworkCore;

namespace Nerava.Api.Data;

/// <summary>Recognises the database errors the code handles as races rather than failures.</summary>
public static class DbErrors
{
    /// <summary>A unique index refused the write (PostgreSQL 23505, SQLite constraint error 19).</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is Npgsql.PostgresException { SqlState: "23505" }
        || ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };
}
