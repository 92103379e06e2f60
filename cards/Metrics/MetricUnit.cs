namespace CxReviewBot.Cards.Metrics;

/// <summary>The unit of a metric's values (contract.md, metrics import); decides how <see cref="MetricFormat"/> prints them.</summary>
public enum MetricUnit
{
    Score,
    Percent,
    Currency,
    Count,
    Seconds,
}
