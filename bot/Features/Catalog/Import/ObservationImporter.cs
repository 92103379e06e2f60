using CxReviewBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// Imports observations in one streaming pass in bounded memory: each valid row goes straight into a staging
/// table inside one transaction; duplicates are found there; one merge upserts. Any error rolls everything back.
/// </summary>
internal sealed class ObservationImporter(CxDbContext db)
{
    private static readonly string[] Required = ["period_end", "touchpoint", "metric", "value"];

    public async Task<ImportResult> ImportAsync(Stream csv, Action<long>? progress, CancellationToken cancellationToken)
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
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // PostgreSQL's COPY holds the connection until the stage is complete, so nothing can be looked up lazily there.
        var lookups = db.Database.GetDbConnection() is SqliteConnection ? null : await CatalogLookups.LoadAsync(db, withAccounts: false, cancellationToken);
        var rows = new ObservationRowReader(table, async () => lookups ??= await CatalogLookups.LoadAsync(db, withAccounts: false, cancellationToken));
        await rows.LoadNamesAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), tenantId, cancellationToken);
        await using (var stage = CreateStage(transaction))
        {
            await stage.StartAsync(cancellationToken);
            var duplicates = 0;
            while (await table.ReadAsync(cancellationToken))
            {
                if (++counts.Rows % 100_000 == 0)
                {
                    progress?.Invoke(counts.Rows);
                }
                // Once a row is invalid nothing will be written, so staging stops; duplicates alone keep it going.
                if (await rows.ReadAsync() is { } row && errors.Messages.Count == duplicates
                    && await stage.AddAsync(table.Line, row, cancellationToken) is { } firstLine)
                {
                    errors.Add(table.Line, Duplicate(firstLine));
                    duplicates++;
                }
            }
            if (!errors.Any)
            {
                foreach (var (line, firstLine) in await stage.FindDuplicatesAsync(ImportErrors.Max, cancellationToken))
                {
                    errors.Add(line, Duplicate(firstLine));
                }
            }
            if (errors.Any)
            {
                return ImportResult.Failed(ImportKind.Observations, counts.Rows, errors, warnings);
            }
            (counts.Inserted, counts.Updated) = await stage.MergeAsync(tenantId, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return counts.ToResult(ImportKind.Observations, warnings);
    }

    private static string Duplicate(long firstLine) => $"duplicate observation: same period_end, touchpoint and metric as line {firstLine}";

    private IObservationStage CreateStage(IDbContextTransaction transaction) => db.Database.GetDbConnection() switch
    {
        NpgsqlConnection npgsql => new PostgresObservationStage(npgsql),
        SqliteConnection sqlite => new SqliteObservationStage(sqlite, transaction.GetDbTransaction()),
        var other => throw new NotSupportedException($"No observation import for {other.GetType().Name}."),
    };
}
