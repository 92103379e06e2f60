namespace CxReviewBot.Features.Decisions;

internal enum DecisionEditResult
{
    Saved,
    Unchanged,

    /// <summary>The decision changed since the card was built; nothing was applied.</summary>
    Stale,

    /// <summary>Cancelled or done decisions are history and stay as they are.</summary>
    Closed,
}
