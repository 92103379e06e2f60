using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// The observation writer's SQL as prepared native statements: Microsoft.Data.Sqlite spends several times
/// SQLite's own cost per execution binding by name. Parameters: ?1 tenant, ?2 period end (the text EF Core stores
/// for a DateOnly), ?3 touchpoint (null: business-wide), ?4 metric, ?5 value.
/// </summary>
internal sealed class SqliteObservationStatements : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<sqlite3_stmt> _statements = [];
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _find;
    private readonly sqlite3_stmt _update;
    private readonly sqlite3_stmt _touch;
    private readonly sqlite3_stmt _touchedLine;
    private readonly sqlite3_stmt _saveLines;
    private readonly sqlite3_stmt _findLines;
    private readonly byte[] _dateText = new byte[10];
    private DateOnly _lastDate;

    public SqliteObservationStatements(SqliteConnection connection, string tenantId)
    {
        _connection = connection;
        DropTempTables(connection);
        Execute(connection, """
            CREATE TEMP TABLE observation_touched (id INTEGER PRIMARY KEY, line INTEGER NOT NULL);
            CREATE TEMP TABLE observation_inserted (first_id INTEGER PRIMARY KEY, lines BLOB NOT NULL);
            """);
        _insert = Prepare("""
            INSERT INTO observations ("TenantId", "PeriodEnd", "TouchpointId", "MetricId", "Value") VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT DO NOTHING
            """);
        _find = Prepare("""
            SELECT "Id", "Value" FROM observations
            WHERE "TenantId" = ?1 AND "MetricId" = ?4 AND "TouchpointId" IS ?3 AND "PeriodEnd" = ?2
            """);
        _update = Prepare("""UPDATE observations SET "Value" = ?2 WHERE "Id" = ?1""");
        _touch = Prepare("INSERT INTO temp.observation_touched VALUES (?1, ?2) ON CONFLICT DO NOTHING");
        _touchedLine = Prepare("SELECT line FROM temp.observation_touched WHERE id = ?1");
        _saveLines = Prepare("INSERT INTO temp.observation_inserted VALUES (?1, ?2)");
        _findLines = Prepare("SELECT first_id, lines FROM temp.observation_inserted WHERE first_id <= ?1 ORDER BY first_id DESC LIMIT 1");
        // Bindings outlive resets: the tenant is bound once.
        raw.sqlite3_bind_text(_insert, 1, tenantId);
        raw.sqlite3_bind_text(_find, 1, tenantId);
    }

    private sqlite3 Db => _connection.Handle!;

    /// <summary>Inserts the row; its id, or null when its key already exists.</summary>
    public long? TryInsert(ObservationRow row)
    {
        BindKey(_insert, row);
        raw.sqlite3_bind_double(_insert, 5, row.Value);
        Run(_insert);
        return raw.sqlite3_changes(Db) == 0 ? null : raw.sqlite3_last_insert_rowid(Db);
    }

    public (long Id, double Value)? Find(ObservationRow row)
    {
        BindKey(_find, row);
        (long, double)? found = Step(_find) == raw.SQLITE_ROW ? (raw.sqlite3_column_int64(_find, 0), raw.sqlite3_column_double(_find, 1)) : null;
        raw.sqlite3_reset(_find);
        return found;
    }

    public void Update(long id, double value)
    {
        raw.sqlite3_bind_int64(_update, 1, id);
        raw.sqlite3_bind_double(_update, 2, value);
        Run(_update);
    }

    /// <summary>Notes that the import hit an older row; the line of the earlier hit when there was one.</summary>
    public long? TouchedLine(long id, long line)
    {
        raw.sqlite3_bind_int64(_touch, 1, id);
        raw.sqlite3_bind_int64(_touch, 2, line);
        Run(_touch);
        if (raw.sqlite3_changes(Db) > 0)
        {
            return null;
        }
        raw.sqlite3_bind_int64(_touchedLine, 1, id);
        Step(_touchedLine);
        var firstLine = raw.sqlite3_column_int64(_touchedLine, 0);
        raw.sqlite3_reset(_touchedLine);
        return firstLine;
    }

    /// <summary>Keeps the lines of a run of inserts with consecutive ids from <paramref name="firstId"/>.</summary>
    public void SaveInsertedLines(long firstId, ReadOnlySpan<byte> lines)
    {
        raw.sqlite3_bind_int64(_saveLines, 1, firstId);
        raw.sqlite3_bind_blob(_saveLines, 2, lines);
        Run(_saveLines);
    }

    public long InsertedLine(long id)
    {
        raw.sqlite3_bind_int64(_findLines, 1, id);
        Step(_findLines);
        var firstId = raw.sqlite3_column_int64(_findLines, 0);
        var lines = MemoryMarshal.Cast<byte, int>(raw.sqlite3_column_blob(_findLines, 1));
        var line = lines[checked((int)(id - firstId))];
        raw.sqlite3_reset(_findLines);
        return line;
    }

    public static void DropTempTables(SqliteConnection connection) =>
        Execute(connection, "DROP TABLE IF EXISTS temp.observation_touched; DROP TABLE IF EXISTS temp.observation_inserted;");

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }
        _statements.Clear();
    }

    private void BindKey(sqlite3_stmt statement, ObservationRow row)
    {
        if (row.PeriodEnd != _lastDate || _dateText[0] == 0)
        {
            row.PeriodEnd.TryFormat(_dateText, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _lastDate = row.PeriodEnd;
        }
        raw.sqlite3_bind_text(statement, 2, _dateText);
        if (row.TouchpointId == 0)
        {
            raw.sqlite3_bind_null(statement, 3);
        }
        else
        {
            raw.sqlite3_bind_int64(statement, 3, row.TouchpointId);
        }
        raw.sqlite3_bind_int64(statement, 4, row.MetricId);
    }

    private int Step(sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        return result is raw.SQLITE_ROW or raw.SQLITE_DONE ? result : throw Failure(_connection, result);
    }

    private void Run(sqlite3_stmt statement)
    {
        Step(statement);
        raw.sqlite3_reset(statement);
    }

    private sqlite3_stmt Prepare(string sql)
    {
        var result = raw.sqlite3_prepare_v2(Db, sql, out var statement);
        if (result != raw.SQLITE_OK)
        {
            throw Failure(_connection, result);
        }
        _statements.Add(statement);
        return statement;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        var result = raw.sqlite3_exec(connection.Handle, sql);
        if (result != raw.SQLITE_OK)
        {
            throw Failure(connection, result);
        }
    }

    private static SqliteException Failure(SqliteConnection connection, int result) =>
        new(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result);
}
