namespace CxReviewBot.Features.Catalog;

internal enum MetricUnit
{
    Score,
    Percent,
    Currency,
    Count,
    Seconds,
}
