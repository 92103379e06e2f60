namespace CxReviewBot.Features.Actions;

/// <summary>
/// What a card verb did to an action: the event to record (null: nothing changed, nothing is saved) and what the card
/// that answers should say about it (a notice, or a refused reassignment with the user's choice kept).
/// </summary>
internal sealed record ActionChangeOutcome(ActionEvent? Event)
{
    public static readonly ActionChangeOutcome Unchanged = new((ActionEvent?)null);

    public string? Notice { get; init; }

    public string? ReassignError { get; init; }

    public string? NewOwnerId { get; init; }
}
