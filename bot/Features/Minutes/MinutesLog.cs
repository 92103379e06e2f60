namespace CxReviewBot.Features.Minutes;

// 5500-5502 and 5505: the decisions range's upper half, shared with the judge (5503-5505).
internal static partial class MinutesLog
{
    [LoggerMessage(EventId = 5500, Level = LogLevel.Information, Message = "Minutes of review {ReviewId} for {OccurrenceUtc:o} claimed by {Instance}")]
    public static partial void MinutesClaimed(ILogger logger, long reviewId, DateTime occurrenceUtc, string instance);

    [LoggerMessage(EventId = 5501, Level = LogLevel.Debug, Message = "Minutes of review {ReviewId} for {OccurrenceUtc:o} already claimed elsewhere")]
    public static partial void MinutesAlreadyClaimed(ILogger logger, long reviewId, DateTime occurrenceUtc);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Error, Message = "Minutes failed for review {ReviewId}")]
    public static partial void MinutesFailed(ILogger logger, Exception exception, long reviewId);

    [LoggerMessage(EventId = 5505, Level = LogLevel.Error, Message = "Ledger pass ({Job}) failed")]
    public static partial void PassFailed(ILogger logger, Exception exception, string job);
}
