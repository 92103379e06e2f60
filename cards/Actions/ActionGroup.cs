namespace CxReviewBot.Cards.Actions;

/// <summary>The `actions` list's groups; a week runs Monday to Sunday.</summary>
public enum ActionGroup
{
    Overdue,
    ThisWeek,
    Later,
}
