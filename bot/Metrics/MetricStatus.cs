namespace CxReviewBot.Metrics;

internal enum MetricStatus
{
    OnTrack,
    OffTarget,
    DecisionNeeded,
}
