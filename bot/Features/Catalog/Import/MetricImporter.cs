using CxReviewBot.Data;
using CxReviewBot.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>Upserts the metric catalogue by metric name.</summary>
internal sealed class MetricImporter(CxDbContext db)
{
    private static readonly string[] Required = ["metric", "kind", "unit", "higher_is_better"];
    private static readonly string[] Optional = ["target", "decision_threshold", "decision_if_crossed"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var warnings = new List<string>();
        var counts = new ImportCounts();
        var table = await CsvTable.OpenAsync(csv, Required, Optional, errors, warnings, cancellationToken);
        if (table is null)
        {
            return ImportResult.Failed(ImportKind.Metrics, 0, errors, warnings);
        }
        var existing = await db.Set<Metric>().ToDictionaryAsync(m => m.Name, StringComparer.Ordinal, cancellationToken);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await table.ReadAsync(cancellationToken))
        {
            counts.Rows++;
            var name = table.RequiredText("metric");
            var kind = table.Word<MetricKind>("kind");
            var unit = table.Word<MetricUnit>("unit");
            var higherIsBetter = table.Bool("higher_is_better");
            var target = table.Number("target", required: false);
            var threshold = table.Number("decision_threshold", required: false);
            if (name is null || kind is null || unit is null || higherIsBetter is null || errors.Any)
            {
                continue;
            }
            if (!seen.TryAdd(name, table.Line))
            {
                table.Fail($"duplicate metric '{name}' (first on line {seen[name]})");
                continue;
            }
            var incoming = new Metric
            {
                Name = name,
                Kind = kind.Value,
                Unit = unit.Value,
                HigherIsBetter = higherIsBetter.Value,
                Target = target,
                DecisionThreshold = threshold,
                DecisionIfCrossed = table.Text("decision_if_crossed"),
            };
            if (!existing.TryGetValue(name, out var current))
            {
                db.Add(incoming);
                counts.Count(inserted: true, changed: true);
                continue;
            }
            var changed = current.Kind != incoming.Kind || current.Unit != incoming.Unit
                || current.HigherIsBetter != incoming.HigherIsBetter || current.Target != incoming.Target
                || current.DecisionThreshold != incoming.DecisionThreshold || current.DecisionIfCrossed != incoming.DecisionIfCrossed;
            (current.Kind, current.Unit, current.HigherIsBetter, current.Target, current.DecisionThreshold, current.DecisionIfCrossed) =
                (incoming.Kind, incoming.Unit, incoming.HigherIsBetter, incoming.Target, incoming.DecisionThreshold, incoming.DecisionIfCrossed);
            counts.Count(inserted: false, changed);
        }
        return await ImportSaving.SaveAsync(db, ImportKind.Metrics, counts, errors, warnings, cancellationToken);
    }
}
