namespace CxReviewBot.Features.Decisions;

internal static partial class DecisionsLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Decision {DecisionId} recorded in review {ReviewId} from {Source}")]
    public static partial void Recorded(ILogger logger, long decisionId, long reviewId, DecisionSource source);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Decision form already saved as decision {DecisionId}; nothing recorded again")]
    public static partial void DuplicateForm(ILogger logger, long decisionId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Decision {DecisionId} edited: {Fields} field(s), reassigned: {Reassigned}")]
    public static partial void Edited(ILogger logger, long decisionId, int fields, bool reassigned);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Decision {DecisionId} cancelled")]
    public static partial void Cancelled(ILogger logger, long decisionId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Decision {DecisionId}: a new owner from someone who may not reassign it was refused")]
    public static partial void ReassignRefused(ILogger logger, long decisionId);
}
