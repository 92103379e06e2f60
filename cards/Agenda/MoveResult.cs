namespace CxReviewBot.Cards.Agenda;

/// <summary>A "did it move?" result: the decision's text and what its targeted metric did.</summary>
public sealed record MoveResult(string Decision, MoveOutcome Outcome);
