using CardKind = CxReviewBot.Cards.Metrics.MetricKind;
using CardLine = CxReviewBot.Cards.Metrics.MetricLine;
using CardStatus = CxReviewBot.Cards.Metrics.MetricStatus;
using CardUnit = CxReviewBot.Cards.Metrics.MetricUnit;

namespace CxReviewBot.Metrics;

/// <summary>Review-pack rows as card metric lines: the same numbers the report CSV prints, nothing recomputed.</summary>
internal static class CardMetricLines
{
    public static CardLine From(ReviewPackRow row, IReadOnlyList<double?>? trend = null)
    {
        var status = Status(row.Status);
        return new(row.Metric, Kind(row.Kind), Unit(row.Unit))
        {
            Value = row.Value,
            Previous = row.PreviousValue,
            Change = row.Change,
            Target = row.Target,
            VsTarget = row.VsTarget,
            Status = status,
            // The written decision only matters once the threshold is crossed.
            DecisionIfCrossed = status == CardStatus.DecisionNeeded ? row.DecisionIfCrossed : null,
            Trend = trend ?? [],
        };
    }

    public static CardStatus Status(MetricStatus? status) => status switch
    {
        MetricStatus.DecisionNeeded => CardStatus.DecisionNeeded,
        MetricStatus.OffTarget => CardStatus.OffTarget,
        MetricStatus.OnTrack => CardStatus.OnTrack,
        _ => CardStatus.NoData,
    };

    public static CardKind Kind(MetricKind kind) => kind == MetricKind.Experience ? CardKind.Experience : CardKind.Commercial;

    public static CardUnit Unit(MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => CardUnit.Percent,
        MetricUnit.Currency => CardUnit.Currency,
        MetricUnit.Count => CardUnit.Count,
        MetricUnit.Seconds => CardUnit.Seconds,
        _ => CardUnit.Score,
    };
}
