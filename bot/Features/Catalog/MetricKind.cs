namespace CxReviewBot.Features.Catalog;

internal enum MetricKind
{
    Experience,
    Commercial,
}
