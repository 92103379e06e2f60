namespace CxReviewBot.Features.Judge;

// 5503-5505, beside the minutes (5500-5502, 5505): both are passes of the `Ledger` section.
internal static partial class JudgeLog
{
    [LoggerMessage(EventId = 5503, Level = LogLevel.Information, Message = "Decision {DecisionId} judged {Outcome}")]
    public static partial void Judged(ILogger logger, long decisionId, Cards.Agenda.MoveOutcome outcome);

    [LoggerMessage(EventId = 5504, Level = LogLevel.Debug, Message = "Decision {DecisionId} changed while being judged; judged again next pass")]
    public static partial void JudgeConflict(ILogger logger, long decisionId);

    [LoggerMessage(EventId = 5505, Level = LogLevel.Error, Message = "Ledger pass ({Job}) failed")]
    public static partial void PassFailed(ILogger logger, Exception exception, string job);
}
