namespace CxReviewBot.Outbox;

internal static partial class OutboxLog
{
    [LoggerMessage(1200, LogLevel.Information, "Outbox message {Id} ({Key}) sent as activity {ActivityId} after {Attempts} attempt(s)")]
    public static partial void Sent(ILogger logger, long id, string key, string? activityId, int attempts);

    [LoggerMessage(1201, LogLevel.Warning, "Outbox message {Id} ({Key}) attempt {Attempts} failed, retrying at {NextAttempt:o}: {Reason}")]
    public static partial void WillRetry(ILogger logger, long id, string key, int attempts, DateTime nextAttempt, string reason);

    [LoggerMessage(1202, LogLevel.Error, "Outbox message {Id} ({Key}) failed for good after {Attempts} attempt(s): {Reason}")]
    public static partial void Failed(ILogger logger, long id, string key, int attempts, string reason);

    [LoggerMessage(1203, LogLevel.Warning, "Outbox message {Id} lost its lease before it could be marked; another instance owns it now")]
    public static partial void LeaseLost(ILogger logger, long id);

    [LoggerMessage(1204, LogLevel.Error, "Outbox dispatch pass failed")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(1205, LogLevel.Information, "Outbox message {Id} was re-claimed after an expired lease (a previous attempt may have been interrupted)")]
    public static partial void Reclaimed(ILogger logger, long id);
}
