using System.Buffers;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// SQLite: rows are gathered into chunks, each sorted and spilled as a run to a temporary file on a second thread
/// while the reader parses the next (on two cores the two overlap). Once the file has been read, the runs are merged
/// on the second thread while this one writes: rows sharing a key meet in the merge (the duplicates), and the rest
/// are upserted straight into <c>observations</c> in key order, a batch per statement, each row written once.
/// </summary>
internal sealed class SqliteObservationWriter(SqliteConnection connection, string tenantId) : IObservationWriter
{
    private const int BlockRows = 8_192;
    private readonly ObservationRuns _runs = new();
    private ObservationChunk _filling = new();
    private ObservationChunk _spare = new();
    private Task _spilling = Task.CompletedTask;
    private Task _merging = Task.CompletedTask;
    private SqliteObservationStatements? _sql;
    private long _rowsBefore;
    private long _changed;
    private bool _upserting;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _sql = new SqliteObservationStatements(connection, tenantId);
        _rowsBefore = _sql.CountRows();
        return Task.CompletedTask;
    }

    public bool TryAdd(long line, ObservationRow row)
    {
        if (_filling.IsFull)
        {
            return false;
        }
        _filling.Add(line, row);
        return true;
    }

    public async ValueTask AddAsync(long line, ObservationRow row, CancellationToken cancellationToken)
    {
        if (_filling.IsFull)
        {
            await _spilling;
            var full = _filling;
            (_filling, _spare) = (_spare, full);
            _spilling = Task.Run(() => _runs.Add(full.TakeSorted().Span), cancellationToken);
        }
        _filling.Add(line, row);
    }

    /// <summary>
    /// Merges the runs on a second thread, noting repeated keys, while this one writes the merged rows (until the
    /// first repeat: the import fails then and the transaction is rolled back).
    /// </summary>
    public async Task<IReadOnlyList<(long Line, long FirstLine)>> FindDuplicatesAsync(int max, CancellationToken cancellationToken)
    {
        await _spilling;
        var duplicates = new ObservationDuplicates(max);
        var blocks = Channel.CreateBounded<(ObservationRow[] Rows, int Count)>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        // If writing fails, the merge must stop too rather than wait forever for room in the channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _merging = Task.Run(() => Merge(duplicates, blocks.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var (rows, count) in blocks.Reader.ReadAllAsync(cancellationToken))
            {
                Write(rows.AsSpan(0, count));
                ArrayPool<ObservationRow>.Shared.Return(rows);
            }
            await _merging;
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        return duplicates.InLineOrder();
    }

    public Task<(long Inserted, long Updated)> FinishAsync(string tenantId, CancellationToken cancellationToken)
    {
        var inserted = _sql!.CountRows() - _rowsBefore;
        return Task.FromResult((inserted, _changed - inserted));
    }

    public async ValueTask DisposeAsync()
    {
        // A failed import may leave a spill or the merge running; they must end before their file is closed under them.
        foreach (var running in new[] { _spilling, _merging })
        {
            await running.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        _sql?.Dispose();
        _runs.Dispose();
    }

    private void Merge(ObservationDuplicates duplicates, ChannelWriter<(ObservationRow[] Rows, int Count)> blocks, CancellationToken cancellationToken)
    {
        try
        {
            var block = ArrayPool<ObservationRow>.Shared.Rent(BlockRows);
            var count = 0;
            ObservationEntry? first = null;
            foreach (var entry in _runs.Merge(_filling.TakeSorted()))
            {
                if (first is { } earlier && earlier.SameKey(entry))
                {
                    duplicates.Add(entry.Line, earlier.Line);
                    continue;
                }
                first = entry;
                if (duplicates.Count > 0)
                {
                    continue; // the import fails: only the repeats matter now
                }
                block[count++] = entry.Row;
                if (count == BlockRows)
                {
                    Send(blocks, (block, count), cancellationToken);
                    (block, count) = (ArrayPool<ObservationRow>.Shared.Rent(BlockRows), 0);
                }
            }
            Send(blocks, (block, duplicates.Count == 0 ? count : 0), cancellationToken);
            blocks.Complete();
        }
        catch (Exception e)
        {
            blocks.Complete(e);
        }
    }

    private static void Send(ChannelWriter<(ObservationRow[] Rows, int Count)> blocks, (ObservationRow[] Rows, int Count) block, CancellationToken cancellationToken)
    {
        if (!blocks.TryWrite(block))
        {
            blocks.WriteAsync(block, cancellationToken).AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// New keys are inserted; a batch meeting stored keys is upserted, and so are the next ones until one adds only
    /// new keys again (a re-import then looks each key up once, not twice).
    /// </summary>
    private void Write(ReadOnlySpan<ObservationRow> batch)
    {
        var sql = _sql!;
        var changed = _upserting ? sql.Upsert(batch) : sql.InsertNew(batch);
        if (!_upserting && changed < batch.Length)
        {
            // The rows it inserted now hold their own values, so the upsert leaves them alone.
            changed += sql.Upsert(batch);
            _upserting = true;
        }
        else if (_upserting && changed == batch.Length)
        {
            _upserting = false;
        }
        _changed += changed;
    }
}
