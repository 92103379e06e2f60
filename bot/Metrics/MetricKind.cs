namespace CxReviewBot.Metrics;

internal enum MetricKind
{
    Experience,
    Commercial,
}
