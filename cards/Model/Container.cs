namespace CxReviewBot.Cards.Model;

/// <summary>Groups elements, optionally with a background style and a click action.</summary>
public sealed record Container : CardElement
{
    public required IReadOnlyList<CardElement> Items { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public CardAction? SelectAction { get; init; }
}
