namespace CxReviewBot.Features.Decisions;

// 5500+: the decisions range's upper half, leaving 5000-5499 to recording and editing decisions.
internal static partial class LedgerLog
{
    [LoggerMessage(EventId = 5500, Level = LogLevel.Information, Message = "Minutes of review {ReviewId} for {OccurrenceUtc:o} claimed by {Instance}")]
    public static partial void MinutesClaimed(ILogger logger, long reviewId, DateTime occurrenceUtc, string instance);

    [LoggerMessage(EventId = 5501, Level = LogLevel.Debug, Message = "Minutes of review {ReviewId} for {OccurrenceUtc:o} already claimed elsewhere")]
    public static partial void MinutesAlreadyClaimed(ILogger logger, long reviewId, DateTime occurrenceUtc);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Error, Message = "Minutes failed for review {ReviewId}")]
    public static partial void MinutesFailed(ILogger logger, Exception exception, long reviewId);

    [LoggerMessage(EventId = 5503, Level = LogLevel.Information, Message = "Decision {DecisionId} judged {Outcome}")]
    public static partial void Judged(ILogger logger, long decisionId, Cards.Agenda.MoveOutcome outcome);

    [LoggerMessage(EventId = 5504, Level = LogLevel.Debug, Message = "Decision {DecisionId} changed while being judged; judged again next pass")]
    public static partial void JudgeConflict(ILogger logger, long decisionId);

    [LoggerMessage(EventId = 5505, Level = LogLevel.Error, Message = "Ledger pass ({Job}) failed")]
    public static partial void PassFailed(ILogger logger, Exception exception, string job);
}
