using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// SQLite: rows are upserted straight into <c>observations</c> (no stage and merge writing each row twice), a
/// sorted chunk at a time. Keys repeated across chunks show up as conflicts: with a row this import inserted (ids
/// only grow, so those are the ids from the first insert on; their lines are kept per run of ids in a temp table), or
/// a second hit on an older row (each hit is noted in another temp table). Both temp tables live in SQLite's
/// bounded page cache, spilling to a temp file, so memory stays flat however long the file.
/// </summary>
internal sealed class SqliteObservationWriter(SqliteConnection connection, string tenantId) : IObservationWriter
{
    private readonly ObservationChunk _chunk = new();
    private readonly List<(long Line, long FirstLine)> _duplicates = [];
    private readonly int[] _insertedLines = new int[ObservationChunk.Capacity];
    private SqliteObservationStatements? _sql;
    private long _firstInsertedId = long.MaxValue;
    private long _runFirstId;
    private int _insertedInRun;
    private bool _expectExisting;
    private long _inserted;
    private long _updated;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _sql = new SqliteObservationStatements(connection, tenantId);
        return Task.CompletedTask;
    }

    public ValueTask AddAsync(long line, ObservationRow row, CancellationToken cancellationToken)
    {
        _chunk.Add(line, row);
        if (_chunk.IsFull)
        {
            Flush();
        }
        return ValueTask.CompletedTask;
    }

    public Task<IReadOnlyList<(long Line, long FirstLine)>> FindDuplicatesAsync(int max, CancellationToken cancellationToken)
    {
        Flush();
        return Task.FromResult<IReadOnlyList<(long, long)>>(_duplicates.Take(max).ToList());
    }

    public Task<(long Inserted, long Updated)> FinishAsync(string tenantId, CancellationToken cancellationToken)
    {
        _sql!.Dispose();
        _sql = null;
        SqliteObservationStatements.DropTempTables(connection);
        return Task.FromResult((_inserted, _updated));
    }

    public ValueTask DisposeAsync()
    {
        _sql?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Flush()
    {
        var found = new List<(long Line, long FirstLine)>();
        var rows = _chunk.TakeSorted(found);
        if (_duplicates.Count >= ImportErrors.Max)
        {
            return; // the import fails anyway; no need to write more
        }
        foreach (var (line, row) in rows)
        {
            if (Write(line, row) is { } firstLine)
            {
                found.Add((line, firstLine));
            }
        }
        SaveInsertedLines();
        // Chunks are consecutive runs of lines, so sorting each keeps all the duplicates in line order.
        found.Sort();
        _duplicates.AddRange(found);
    }

    /// <summary>Upserts one row; returns the line of an earlier row of the file with the same key.</summary>
    private long? Write(long line, ObservationRow row)
    {
        var sql = _sql!;
        // SQLite's unique index treats null touchpoints as distinct, so business-wide rows are always looked up.
        if (row.TouchpointId != 0 && !_expectExisting && sql.TryInsert(row) is { } id)
        {
            Inserted(id, line);
            return null;
        }
        if (sql.Find(row) is not var (existingId, value))
        {
            Inserted(sql.TryInsert(row) ?? throw new InvalidOperationException("An observation vanished during its import."), line);
            _expectExisting = false;
            return null;
        }
        _expectExisting = true;
        if (existingId >= _firstInsertedId)
        {
            return sql.InsertedLine(existingId);
        }
        if (sql.TouchedLine(existingId, line) is { } firstLine)
        {
            return firstLine;
        }
        if (value != row.Value)
        {
            sql.Update(existingId, row.Value);
            _updated++;
        }
        return null;
    }

    private void Inserted(long id, long line)
    {
        // Inserts take consecutive ids, except that an insert that met an existing key used one up (AUTOINCREMENT).
        if (_insertedInRun == _insertedLines.Length || (_insertedInRun > 0 && id != _runFirstId + _insertedInRun))
        {
            SaveInsertedLines();
        }
        if (_insertedInRun == 0)
        {
            _runFirstId = id;
            _firstInsertedId = Math.Min(_firstInsertedId, id);
        }
        _insertedLines[_insertedInRun++] = checked((int)line);
        _inserted++;
    }

    private void SaveInsertedLines()
    {
        if (_insertedInRun > 0)
        {
            _sql!.SaveInsertedLines(_runFirstId, MemoryMarshal.AsBytes(_insertedLines.AsSpan(0, _insertedInRun)));
            _insertedInRun = 0;
        }
    }
}
