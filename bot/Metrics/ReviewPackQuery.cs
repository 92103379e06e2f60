using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Metrics;

/// <summary>
/// The review pack: per touchpoint × metric the latest observation on or before the as-of date, the one before it,
/// and the status against target and decision threshold. The report verb and the agenda card both read this.
/// </summary>
internal static class ReviewPackQuery
{
    /// <param name="touchpoints">Touchpoint names to keep (business-wide rows are always kept); null = all.</param>
    public static async Task<IReadOnlyList<ReviewPackRow>> RunAsync(CxDbContext db, DateOnly asOf,
        IReadOnlyCollection<string>? touchpoints, CancellationToken cancellationToken)
    {
        var metrics = await db.Set<Metric>().AsNoTracking().ToDictionaryAsync(m => m.Id, cancellationToken);
        var allTouchpoints = await db.Set<Touchpoint>().AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var latestTwo = await LatestRows.ObservationsAsync(db, asOf, 2, cancellationToken);
        return FromLatest(metrics, allTouchpoints, latestTwo, touchpoints);
    }

    /// <summary>
    /// The pack from already loaded "latest N per series" points (N ≥ 2; only the latest two of each series count),
    /// so a caller that needs more history (the agenda's trends) reads the observations once.
    /// </summary>
    public static IReadOnlyList<ReviewPackRow> FromLatest(IReadOnlyDictionary<long, Metric> metrics, IReadOnlyDictionary<long, Touchpoint> allTouchpoints,
        IEnumerable<ObservationPoint> latest, IReadOnlyCollection<string>? touchpoints)
    {
        var rows = new List<ReviewPackRow>();
        foreach (var series in latest.GroupBy(o => (o.TouchpointId, o.MetricId)))
        {
            var ordered = series.OrderByDescending(o => o.PeriodEnd).Take(2).ToList();
            var touchpoint = series.Key.TouchpointId is { } id ? allTouchpoints[id] : null;
            if (touchpoint is not null && touchpoints is not null && !touchpoints.Contains(touchpoint.Name))
            {
                continue;
            }
            rows.Add(Row(touchpoint, metrics[series.Key.MetricId], ordered[0], ordered.Count > 1 ? ordered[1] : null));
        }
        return rows
            .OrderBy(r => r.IsBusinessWide ? 0 : 1)
            .ThenBy(r => r.Touchpoint, StringComparer.Ordinal)
            .ThenBy(r => r.Kind)
            .ThenBy(r => r.Metric, StringComparer.Ordinal)
            .ToList();
    }

    private static ReviewPackRow Row(Touchpoint? touchpoint, Metric metric, ObservationPoint latest, ObservationPoint? previous) => new(
        touchpoint?.Name ?? ReviewPackRow.BusinessWide,
        touchpoint?.Id,
        touchpoint?.Function,
        touchpoint?.OwnerUpn,
        touchpoint?.OwnerName,
        metric.Name,
        metric.Kind,
        metric.Unit,
        metric.HigherIsBetter,
        latest.PeriodEnd,
        latest.Value,
        previous?.PeriodEnd,
        previous?.Value,
        MetricChange.Change(latest.Value, previous?.Value),
        metric.Target,
        MetricChange.VsTarget(latest.Value, metric.Target),
        metric.DecisionThreshold,
        metric.DecisionIfCrossed,
        MetricStatusRule.Evaluate(latest.Value, metric.HigherIsBetter, metric.Target, metric.DecisionThreshold));
}
