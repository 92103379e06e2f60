namespace CxReviewBot.Features.Catalog.Import;

internal enum ImportKind
{
    Touchpoints,
    Metrics,
    Observations,
    Accounts,
    Responses,
}
