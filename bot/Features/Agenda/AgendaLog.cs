namespace CxReviewBot.Features.Agenda;

internal static partial class AgendaLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Agenda of review {ReviewId} for {OccurrenceUtc:o} claimed by {Instance} (late: {Late})")]
    public static partial void Claimed(ILogger logger, long reviewId, DateTime occurrenceUtc, string instance, bool late);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Agenda of review {ReviewId} for {OccurrenceUtc:o} already claimed elsewhere")]
    public static partial void AlreadyClaimed(ILogger logger, long reviewId, DateTime occurrenceUtc);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Agenda scheduling failed for review {ReviewId}")]
    public static partial void ReviewFailed(ILogger logger, Exception exception, long reviewId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Agenda scheduler pass failed")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
