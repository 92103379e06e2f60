namespace CxReviewBot.Cards.Agenda;

/// <summary>A cross-silo escalation awaiting the review's decision: its title, the functions in conflict and a short summary.</summary>
public sealed record EscalationSummary(string Title, IReadOnlyList<string> Functions, string Summary);
