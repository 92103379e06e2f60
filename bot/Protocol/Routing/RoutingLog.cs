namespace CxReviewBot.Protocol.Routing;

internal static partial class RoutingLog
{
    [LoggerMessage(1300, LogLevel.Warning, "Rejected /api/messages request: {Status} {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(1301, LogLevel.Information, "Duplicate activity {ActivityId} in {ConversationId} ignored")]
    public static partial void Duplicate(ILogger logger, string activityId, string conversationId);

    [LoggerMessage(1302, LogLevel.Debug, "Routing {Type} activity {ActivityId} ({Route})")]
    public static partial void Routing(ILogger logger, string? type, string? activityId, string route);

    [LoggerMessage(1303, LogLevel.Warning, "Card verb '{Verb}' is not known")]
    public static partial void UnknownVerb(ILogger logger, string verb);

    [LoggerMessage(1304, LogLevel.Error, "Handling activity {ActivityId} ({Route}) failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string? activityId, string route);

    [LoggerMessage(1305, LogLevel.Information, "Unhandled invoke '{Name}' answered 501")]
    public static partial void UnhandledInvoke(ILogger logger, string? name);

    [LoggerMessage(1307, LogLevel.Warning, "Card data for verb '{Verb}' refused: {Reason}")]
    public static partial void RefusedCardData(ILogger logger, string verb, string reason);

    [LoggerMessage(1306, LogLevel.Critical, "Bot:AppId is empty: inbound authentication is OFF (local development mode). Never run like this outside your machine.")]
    public static partial void DevelopmentModeWarning(ILogger logger);

    [LoggerMessage(1311, LogLevel.Error, "Purging old de-duplication records failed; the next pass tries again")]
    public static partial void HousekeepingFailed(ILogger logger, Exception exception);

    [LoggerMessage(1308, LogLevel.Warning, "The connector refused the answer to activity {ActivityId} ({Route}) for good: {Status} {ErrorCode}; the turn ends here and is not retried ({Reason})")]
    public static partial void ReplyRefused(ILogger logger, string? activityId, string route, int? status, string? errorCode, string reason);

    [LoggerMessage(1309, LogLevel.Error, "Activity {ActivityId} ({Route}) did not finish within Bot:TurnTimeout ({Timeout}); it is forgotten so a re-delivery runs it")]
    public static partial void TurnTimedOut(ILogger logger, Exception exception, string? activityId, string route, TimeSpan timeout);

    [LoggerMessage(1310, LogLevel.Error, "Could not forget the de-duplication record of failed activity {ActivityId} in {ConversationId}; a re-delivery is answered as a duplicate")]
    public static partial void ForgetFailed(ILogger logger, Exception exception, string activityId, string conversationId);
}
