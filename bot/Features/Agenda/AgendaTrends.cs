using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Agenda;

/// <summary>The recent values of every series on or before the as-of date, oldest first.</summary>
internal sealed class AgendaTrends(Dictionary<(long? TouchpointId, string Metric), IReadOnlyList<double?>> series)
{
    /// <param name="latest">The latest N points per series (one query, <see cref="LatestRows"/>).</param>
    public static AgendaTrends From(IReadOnlyDictionary<long, Metric> metrics, IEnumerable<ObservationPoint> latest) => new(latest
        .GroupBy(o => (o.TouchpointId, Metric: metrics[o.MetricId].Name))
        .ToDictionary(g => g.Key, g => (IReadOnlyList<double?>)g.OrderBy(o => o.PeriodEnd).Select(o => (double?)o.Value).ToList()));

    public IReadOnlyList<double?> For(long? touchpointId, string metric) =>
        series.TryGetValue((touchpointId, metric), out var values) ? values : [];
}
