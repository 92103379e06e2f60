namespace CxReviewBot.Features.Decisions;

internal enum DecisionChangeKind
{
    Recorded,
    Edited,
    Reassigned,
    Cancelled,
    Completed,
    Judged,
}
