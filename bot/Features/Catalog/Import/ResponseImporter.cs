using CxReviewBot.Data;
using CxReviewBot.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// Upserts survey responses keyed by (account, touchpoint, metric, responded_on). Accounts, touchpoints and metrics
/// must already be imported; NPS and CSAT scores must be on their scales so the linkage bands mean something.
/// </summary>
internal sealed class ResponseImporter(CxDbContext db)
{
    private static readonly string[] Required = ["account_id", "responded_on", "touchpoint", "metric", "score"];
    private static readonly string[] Optional = ["comment"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var warnings = new List<string>();
        var counts = new ImportCounts();
        var table = await CsvTable.OpenAsync(csv, Required, Optional, errors, warnings, cancellationToken);
        if (table is null)
        {
            return ImportResult.Failed(ImportKind.Responses, 0, errors, warnings);
        }
        var lookups = await CatalogLookups.LoadAsync(db, withAccounts: true, cancellationToken);
        var existing = await db.Set<SurveyResponse>()
            .ToDictionaryAsync(r => (r.CustomerAccountId, r.TouchpointId, r.MetricId, r.RespondedOn), cancellationToken);
        var seen = new Dictionary<(long, long, long, DateOnly), long>();
        while (await table.ReadAsync(cancellationToken))
        {
            counts.Rows++;
            var account = lookups.Account(table);
            var respondedOn = table.Date("responded_on", required: true);
            var touchpoint = lookups.Touchpoint(table, allowBusinessWide: false);
            var metric = lookups.Metric(table);
            var score = table.Number("score", required: true);
            if (account is null || respondedOn is null || touchpoint is null || metric is null || score is null || errors.Any)
            {
                continue;
            }
            if (ScoreBand.Of(metric.Value.Name, score.Value) is null && ScoreBand.HasBands(metric.Value.Name))
            {
                table.Fail($"{metric.Value.Name} score {score.Value} is outside its scale ({ScoreBand.Scale(metric.Value.Name)})");
                continue;
            }
            var key = (account.Value, touchpoint.Value, metric.Value.Id, respondedOn.Value);
            if (!seen.TryAdd(key, table.Line))
            {
                table.Fail($"duplicate response for this account, touchpoint, metric and date (first on line {seen[key]})");
                continue;
            }
            var comment = table.Text("comment");
            if (!existing.TryGetValue(key, out var current))
            {
                db.Add(new SurveyResponse
                {
                    CustomerAccountId = key.Item1,
                    TouchpointId = key.Item2,
                    MetricId = key.Item3,
                    RespondedOn = key.Item4,
                    Score = score.Value,
                    Comment = comment,
                });
                counts.Count(inserted: true, changed: true);
                continue;
            }
            var changed = current.Score != score.Value || current.Comment != comment;
            (current.Score, current.Comment) = (score.Value, comment);
            counts.Count(inserted: false, changed);
        }
        return await ImportSaving.SaveAsync(db, ImportKind.Responses, counts, errors, warnings, cancellationToken);
    }
}
