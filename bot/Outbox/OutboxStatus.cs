namespace CxReviewBot.Outbox;

/// <summary>pending → sending (leased) → sent, or back to pending for a retry, or failed once the budget is spent.</summary>
internal enum OutboxStatus
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    Failed = 3,
}
