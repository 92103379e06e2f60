namespace CxReviewBot.Cards.Agenda;

/// <summary>An action item past its due date: title, owner's display name, due date and how many days overdue.</summary>
public sealed record OverdueAction(string Title, string OwnerName, DateOnly Due, int DaysOverdue);
