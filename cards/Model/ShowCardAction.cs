namespace CxReviewBot.Cards.Model;

/// <summary>Action.ShowCard: reveals a nested card (typically a small form) below the actions.</summary>
public sealed record ShowCardAction : CardAction
{
    public required AdaptiveCard Card { get; init; }
}
