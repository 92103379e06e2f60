namespace CxReviewBot.Cards.Decisions;

/// <summary>One entry of a decision's audit trail as shown: when, who, and what changed in words.</summary>
public sealed record DecisionChangeLine(DateTime AtUtc, string ByName, string What);
