namespace CxReviewBot.Features.Actions;

internal static partial class ActionsLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Action {ActionId}: {Kind} queued for {Recipients} recipient(s)")]
    public static partial void Sent(ILogger logger, long actionId, ChaseScheduleKind kind, int recipients);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Action {ActionId} changed while being chased; the next pass retries")]
    public static partial void Conflict(ILogger logger, long actionId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Chaser pass failed")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Chasing action {ActionId} failed; its lease expires and it is retried")]
    public static partial void ActionFailed(ILogger logger, Exception exception, long actionId);

    // 6004: PeopleLog.GraphLookupFailed (the lookup moved to People with its event id).

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Chaser claimed {Count} action(s) as {Instance}")]
    public static partial void Claimed(ILogger logger, int count, string instance);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Action {ActionId}: no service URL known for {Recipient}; not sent")]
    public static partial void NoRoute(ILogger logger, long actionId, string recipient);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Action {ActionId}: reassignment to {NewOwner} refused; not a member of review {ReviewId}")]
    public static partial void ReassignRefused(ILogger logger, long actionId, string newOwner, long? reviewId);
}
