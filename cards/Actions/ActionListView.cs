namespace CxReviewBot.Cards.Actions;

/// <summary>Someone's open actions; the card sorts them by due date and groups them overdue / this week / later.</summary>
public sealed record ActionListView
{
    public const int MaxPageSize = 10;

    public required DateOnly Today { get; init; }

    public IReadOnlyList<ActionListRow> Rows { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = MaxPageSize;
}
