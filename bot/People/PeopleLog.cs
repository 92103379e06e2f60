namespace CxReviewBot.People;

// 6004: kept from the actions range, where the lookup started.
internal static partial class PeopleLog
{
    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Graph lookup of {What} for user {AadId} failed; using the review's hours / CX leads")]
    public static partial void GraphLookupFailed(ILogger logger, Exception exception, string what, string aadId);
}
