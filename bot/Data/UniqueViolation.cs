using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CxReviewBot.Data;

/// <summary>
/// Tells a unique-key clash (the row is already there: a race we designed for) from every other database error
/// (disk full, locked, a broken constraint), which must fail the work instead of passing for "already done".
/// </summary>
internal static class UniqueViolation
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (extended result codes).
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
