namespace CxReviewBot.Features.Catalog.Reporting;

internal enum MetricStatus
{
    OnTrack,
    OffTarget,
    DecisionNeeded,
}
