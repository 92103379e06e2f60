namespace CxReviewBot.Cards.Agenda;

/// <summary>A decision recorded for a touchpoint this week, as the agenda lists it: what, who owns it, when it is due.</summary>
public sealed record AgendaDecision(string Text, string OwnerName, DateOnly DueDate);
