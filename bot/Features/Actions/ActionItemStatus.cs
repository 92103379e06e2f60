namespace CxReviewBot.Features.Actions;

internal enum ActionItemStatus
{
    Open,
    Done,
    Cancelled,
}
