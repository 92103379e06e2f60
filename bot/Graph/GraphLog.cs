namespace CxReviewBot.Graph;

internal static partial class GraphLog
{
    [LoggerMessage(3000, LogLevel.Information, "Graph: {Reason}")]
    public static partial void Availability(ILogger logger, string reason);

    [LoggerMessage(3001, LogLevel.Information, "Planner task {TaskId} created in plan {PlanId}")]
    public static partial void TaskCreated(ILogger logger, string taskId, string planId);

    [LoggerMessage(3002, LogLevel.Information, "Planner task {TaskId} had a stale etag (412); re-read it")]
    public static partial void StaleETag(ILogger logger, string taskId);

    [LoggerMessage(3003, LogLevel.Warning, "Planner task {TaskId} update conflicts with a change made in Planner; not applied")]
    public static partial void UpdateConflict(ILogger logger, string taskId);

    [LoggerMessage(3004, LogLevel.Information, "Graph {Resource} for {Id} not found or not readable ({Status})")]
    public static partial void NotReadable(ILogger logger, string resource, string id, int status);

    [LoggerMessage(3005, LogLevel.Warning, "Mailbox time zone {Zone} of user {UserId} has no IANA equivalent")]
    public static partial void UnknownTimeZone(ILogger logger, string zone, string userId);

    [LoggerMessage(3006, LogLevel.Information, "Graph $batch: {Count} request(s) throttled, retrying in {Delay}")]
    public static partial void BatchThrottled(ILogger logger, int count, TimeSpan delay);

    [LoggerMessage(3007, LogLevel.Warning, "Graph $batch: {Count} request(s) still throttled after {Rounds} round(s); giving up on them")]
    public static partial void BatchGaveUp(ILogger logger, int count, int rounds);

    [LoggerMessage(3008, LogLevel.Information, "Planner plan {PlanId} created in group {GroupId}")]
    public static partial void PlanCreated(ILogger logger, string planId, string groupId);

    [LoggerMessage(3009, LogLevel.Information, "Planner bucket {BucketId} created in plan {PlanId}")]
    public static partial void BucketCreated(ILogger logger, string bucketId, string planId);
}
