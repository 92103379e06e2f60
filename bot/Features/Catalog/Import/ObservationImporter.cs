using System.Data.Common;
using CxReviewBot.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// Imports observations in one streaming pass in bounded memory, inside one transaction: each valid row goes to
/// the provider's writer (SQLite upserts it at once, PostgreSQL stages it for one merge), which also finds keys
/// repeated in the file. Any error rolls everything back.
/// </summary>
internal sealed class ObservationImporter(CxDbContext db)
{
    private static readonly string[] Required = ["period_end", "touchpoint", "metric", "value"];

    public async Task<ImportResult> ImportAsync(Stream csv, Action<string>? progress, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var warnings = new List<string>();
        var counts = new ImportCounts();
        var table = await CsvTable.OpenAsync(csv, Required, [], errors, warnings, cancellationToken);
        if (table is null)
        {
            return ImportResult.Failed(ImportKind.Observations, 0, errors, warnings);
        }
        var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("No tenant set for the import.");
        await using var transaction = await ObservationTransaction.BeginAsync(db, cancellationToken);
        // PostgreSQL's COPY holds the connection until the stage is complete, so nothing can be looked up lazily there.
        var lookups = transaction.Connection is SqliteConnection ? null : await CatalogLookups.LoadAsync(db, withAccounts: false, cancellationToken);
        var rows = new ObservationRowReader(table, async () => lookups ??= await CatalogLookups.LoadAsync(db, withAccounts: false, cancellationToken));
        await rows.LoadNamesAsync(transaction.Connection, transaction.Transaction, tenantId, cancellationToken);
        await using (var writer = CreateWriter(transaction.Connection, tenantId))
        {
            await writer.StartAsync(cancellationToken);
            while (true)
            {
                // A plain row already in the reader's buffer is read without an await: a million rows spent more
                // time in the await machinery than in parsing.
                ObservationRow? row;
                if (table.TryReadBuffered())
                {
                    row = rows.TryReadPlain(out var plain) ? plain : await rows.ReadAsync();
                }
                else if (await table.ReadAsync(cancellationToken))
                {
                    row = await rows.ReadAsync();
                }
                else
                {
                    break;
                }
                if (++counts.Rows % 100_000 == 0)
                {
                    progress?.Invoke($"… {counts.Rows} rows read");
                }
                // Once a row is invalid nothing will be written, so writing stops.
                if (row is { } valid && !errors.Any && !writer.TryAdd(table.Line, valid))
                {
                    await writer.AddAsync(table.Line, valid, cancellationToken);
                }
            }
            if (!errors.Any)
            {
                if (counts.Rows >= 100_000)
                {
                    progress?.Invoke($"… checking keys and writing {counts.Rows} rows");
                }
                foreach (var (line, firstLine) in await writer.FindDuplicatesAsync(ImportErrors.Max, cancellationToken))
                {
                    errors.Add(line, Duplicate(firstLine));
                }
            }
            if (errors.Any)
            {
                return ImportResult.Failed(ImportKind.Observations, counts.Rows, errors, warnings);
            }
            (counts.Inserted, counts.Updated) = await writer.FinishAsync(tenantId, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return counts.ToResult(ImportKind.Observations, warnings);
    }

    private static string Duplicate(long firstLine) => $"duplicate observation: same period_end, touchpoint and metric as line {firstLine}";

    private static IObservationWriter CreateWriter(DbConnection connection, string tenantId) => connection switch
    {
        NpgsqlConnection npgsql => new PostgresObservationStage(npgsql),
        SqliteConnection sqlite => new SqliteObservationWriter(sqlite, tenantId),
        var other => throw new NotSupportedException($"No observation import for {other.GetType().Name}."),
    };
}
