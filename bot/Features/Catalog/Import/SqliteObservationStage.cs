using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// SQLite: rows go into a stage keyed on the natural key, so the insert itself finds in-file duplicates and the
/// merge reads the rows in the order of the observations' unique index. The stage is written through prepared
/// native statements: Microsoft.Data.Sqlite spends several times SQLite's own cost per execution binding by name.
/// </summary>
internal sealed class SqliteObservationStage(SqliteConnection connection, DbTransaction transaction) : IObservationStage
{
    private sqlite3_stmt? _insert;
    private sqlite3_stmt? _first;
    private DateOnly _lastDate;
    private readonly byte[] _dateText = new byte[10];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // 64 MB page caches (the default is 2 MB) keep the stage and the index pages in memory: bounded, much faster.
        await ExecuteAsync("""
            PRAGMA cache_size = -65536;
            DROP TABLE IF EXISTS temp.observation_stage;
            DROP TABLE IF EXISTS temp.observation_change;
            CREATE TEMP TABLE observation_stage (metric_id INTEGER NOT NULL, touchpoint_id INTEGER NOT NULL,
                period_end TEXT NOT NULL, line INTEGER NOT NULL, value REAL NOT NULL,
                PRIMARY KEY (metric_id, touchpoint_id, period_end)) WITHOUT ROWID;
            PRAGMA temp.cache_size = -65536;
            """, cancellationToken);
        _insert = Prepare("INSERT INTO observation_stage VALUES (?1, ?2, ?3, ?4, ?5)");
        _first = Prepare("SELECT line FROM observation_stage WHERE metric_id = ?1 AND touchpoint_id = ?2 AND period_end = ?3");
    }

    public ValueTask<long?> AddAsync(long line, ObservationRow row, CancellationToken cancellationToken)
    {
        var insert = _insert!;
        BindKey(insert, row);
        raw.sqlite3_bind_int64(insert, 4, line);
        raw.sqlite3_bind_double(insert, 5, row.Value);
        var result = raw.sqlite3_step(insert);
        raw.sqlite3_reset(insert);
        if (result == raw.SQLITE_DONE)
        {
            return ValueTask.FromResult<long?>(null);
        }
        if ((result & 0xFF) != raw.SQLITE_CONSTRAINT)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result);
        }
        var first = _first!;
        BindKey(first, row);
        var found = raw.sqlite3_step(first) == raw.SQLITE_ROW ? raw.sqlite3_column_int64(first, 0) : (long?)null;
        raw.sqlite3_reset(first);
        return ValueTask.FromResult(found);
    }

    public Task<IReadOnlyList<(long Line, long FirstLine)>> FindDuplicatesAsync(int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(long, long)>>([]);

    public Task<(long Inserted, long Updated)> MergeAsync(string tenantId, CancellationToken cancellationToken) =>
        new SqliteObservationMerge(connection, transaction).RunAsync(tenantId, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _insert?.Dispose();
        _first?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void BindKey(sqlite3_stmt statement, ObservationRow row)
    {
        raw.sqlite3_bind_int64(statement, 1, row.MetricId);
        raw.sqlite3_bind_int64(statement, 2, row.TouchpointId);
        if (row.PeriodEnd != _lastDate || _dateText[0] == 0)
        {
            // The same text EF Core's SQLite provider stores for a DateOnly.
            row.PeriodEnd.TryFormat(_dateText, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _lastDate = row.PeriodEnd;
        }
        raw.sqlite3_bind_text(statement, 3, _dateText);
    }

    private sqlite3_stmt Prepare(string sql)
    {
        var result = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        return result == raw.SQLITE_OK ? statement : throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
