namespace CxReviewBot.Features.Catalog;

internal enum RenewalOutcome
{
    Open,
    Renewed,
    Churned,
}
