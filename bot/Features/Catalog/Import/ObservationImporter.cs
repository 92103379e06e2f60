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
        var lookups = await CatalogLookups.LoadAsync(db, withAccounts: false, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var stage = CreateStage(transaction))
        {
            await stage.StartAsync(cancellationToken);
            while (await table.ReadAsync(cancellationToken))
            {
                if (++counts.Rows % 100_000 == 0)
                {
                    progress?.Invoke(counts.Rows);
                }
                var periodEnd = table.Date("period_end", required: true);
                var touchpoint = lookups.Touchpoint(table, allowBusinessWide: true);
                var metric = lookups.Metric(table);
                var value = table.Number("value", required: true);
                if (periodEnd is not null && touchpoint is not null && metric is not null && value is not null && !errors.Any)
                {
                    await stage.AddAsync(table.Line, touchpoint.Value, metric.Value.Id, periodEnd.Value, value.Value, cancellationToken);
                }
            }
            if (!errors.Any)
            {
                foreach (var (line, firstLine) in await stage.FindDuplicatesAsync(ImportErrors.Max, cancellationToken))
                {
                    errors.Add(line, $"duplicate observation: same period_end, touchpoint and metric as line {firstLine}");
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

    private IObservationStage CreateStage(IDbContextTransaction transaction) => db.Database.GetDbConnection() switch
    {
        NpgsqlConnection npgsql => new PostgresObservationStage(npgsql),
        SqliteConnection sqlite => new SqliteObservationStage(sqlite, transaction.GetDbTransaction()),
        var other => throw new NotSupportedException($"No observation import for {other.GetType().Name}."),
    };
}
