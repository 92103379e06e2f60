namespace CxReviewBot.Features.Decisions;

/// <summary>Where on the agenda (or from which command) a decision was recorded.</summary>
internal enum DecisionSource
{
    Command,
    Touchpoint,
    Metric,
    Escalation,
}
