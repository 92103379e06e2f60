namespace CxReviewBot.Features.Decisions;

internal enum DecisionStatus
{
    Open,
    Done,
    Cancelled,
}
