namespace CxReviewBot.Cards.Decisions;

/// <summary>The ledger's status filter: open includes overdue; overdue is open and past due.</summary>
public enum LedgerStatusFilter
{
    All,
    Open,
    Overdue,
    Done,
    Cancelled,
}
