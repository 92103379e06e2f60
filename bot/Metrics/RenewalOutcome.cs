namespace CxReviewBot.Metrics;

internal enum RenewalOutcome
{
    Open,
    Renewed,
    Churned,
}
