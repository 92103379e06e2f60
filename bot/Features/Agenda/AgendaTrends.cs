using CxReviewBot.Data;
using CxReviewBot.Features.Catalog;
using CxReviewBot.Features.Catalog.Reporting;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Agenda;

/// <summary>The last N values of every series on or before the as-of date, oldest first, from one query.</summary>
internal sealed class AgendaTrends(Dictionary<(long? TouchpointId, string Metric), IReadOnlyList<double?>> series)
{
    public static async Task<AgendaTrends> LoadAsync(CxDbContext db, DateOnly asOf, int points, CancellationToken cancellationToken)
    {
        var metricNames = await db.Set<Metric>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var rows = await LatestRows.ObservationsAsync(db, asOf, points, cancellationToken);
        var series = rows
            .GroupBy(o => (o.TouchpointId, Metric: metricNames[o.MetricId]))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<double?>)g.OrderBy(o => o.PeriodEnd).Select(o => (double?)o.Value).ToList());
        return new AgendaTrends(series);
    }

    public IReadOnlyList<double?> For(long? touchpointId, string metric) =>
        series.TryGetValue((touchpointId, metric), out var values) ? values : [];
}
