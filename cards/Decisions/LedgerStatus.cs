namespace CxReviewBot.Cards.Decisions;

/// <summary>Where a decision stands on the ledger; overdue is an open decision past its due date (see <see cref="LedgerEntry.DaysOverdue"/>).</summary>
public enum LedgerStatus
{
    Open,
    Done,
    Cancelled,
}
