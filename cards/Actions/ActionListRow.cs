namespace CxReviewBot.Cards.Actions;

/// <summary>One open action in the `actions` list.</summary>
public sealed record ActionListRow(string ActionId, string Title, DateOnly DueDate)
{
    public string? ReviewName { get; init; }

    public DateOnly? SnoozedUntil { get; init; }
}
