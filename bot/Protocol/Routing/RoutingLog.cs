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
}
