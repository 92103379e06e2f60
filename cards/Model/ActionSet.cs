namespace CxReviewBot.Cards.Model;

/// <summary>A row of buttons inside the body, e.g. per item of a list.</summary>
public sealed record ActionSet : CardElement
{
    public required IReadOnlyList<CardAction> Actions { get; init; }
}
