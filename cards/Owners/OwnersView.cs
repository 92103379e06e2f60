namespace CxReviewBot.Cards.Owners;

/// <summary>
/// The owners list: every touchpoint in <see cref="Rows"/> (the card sorts unowned first, then by name, and pages them).
/// <see cref="ReviewId"/> and <see cref="ReviewName"/> are null when listing all touchpoints outside a review.
/// </summary>
public sealed record OwnersView
{
    public const int MaxPageSize = 40;

    public string? ReviewId { get; init; }

    public string? ReviewName { get; init; }

    public IReadOnlyList<OwnerRow> Rows { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = MaxPageSize;
}
