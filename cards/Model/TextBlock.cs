namespace CxReviewBot.Cards.Model;

/// <summary>A block of text. Teams renders a markdown subset in <see cref="Text"/>; pass user text through <see cref="CardText.Plain"/>.</summary>
public sealed record TextBlock : CardElement
{
    public required string Text { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}
