namespace CxReviewBot.Metrics;

internal enum MetricUnit
{
    Score,
    Percent,
    Currency,
    Count,
    Seconds,
}
