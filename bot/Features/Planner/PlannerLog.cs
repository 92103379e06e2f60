namespace CxReviewBot.Features.Planner;

internal static partial class PlannerLog
{
    [LoggerMessage(6500, LogLevel.Information, "Planner task {TaskId} created for action {ActionId}")]
    public static partial void Created(ILogger logger, string taskId, long actionId);

    [LoggerMessage(6501, LogLevel.Warning, "Action {ActionId}: a create was started before (crash?); adopted Planner task {TaskId} instead of creating another")]
    public static partial void Adopted(ILogger logger, long actionId, string taskId);

    [LoggerMessage(6502, LogLevel.Information, "Action {ActionId}: pushed to Planner task {TaskId} ({Outcome})")]
    public static partial void Pushed(ILogger logger, long actionId, string taskId, Graph.PlannerUpdateOutcome outcome);

    [LoggerMessage(6503, LogLevel.Information, "Action {ActionId}: changes from Planner task {TaskId} applied: {What}")]
    public static partial void Pulled(ILogger logger, long actionId, string taskId, string what);

    [LoggerMessage(6504, LogLevel.Warning, "Action {ActionId}: Planner sync failed (attempt {Attempts}), next try in {Delay}")]
    public static partial void Failed(ILogger logger, Exception exception, long actionId, int attempts, TimeSpan delay);

    [LoggerMessage(6505, LogLevel.Warning, "Action {ActionId}: Planner task {TaskId} no longer exists; tracking in the bot only")]
    public static partial void Detached(ILogger logger, long actionId, string taskId);

    [LoggerMessage(6506, LogLevel.Error, "Planner sync pass failed")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(6507, LogLevel.Information, "Action {ActionId} changed while syncing with Planner; will retry")]
    public static partial void Concurrent(ILogger logger, long actionId);
}
