using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.Cards.Decisions;

/// <summary>A catalogue metric a decision can target, with the unit its expected change is given in.</summary>
public sealed record MetricOption(string Name, MetricUnit Unit)
{
    /// <summary>The unit as the import files spell it (<c>score</c>, <c>percent</c>, …).</summary>
    public static string UnitName(MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => "percent",
        MetricUnit.Currency => "currency",
        MetricUnit.Count => "count",
        MetricUnit.Seconds => "seconds",
        _ => "score",
    };
}
