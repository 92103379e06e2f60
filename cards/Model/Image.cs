namespace CxReviewBot.Cards.Model;

/// <summary>An image. Builders always set <see cref="AltText"/>; <see cref="CardLint"/> reports images without it.</summary>
public sealed record Image : CardElement
{
    public required string Url { get; init; }

    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    /// <summary>Explicit width such as <c>"48px"</c>; overrides <see cref="Size"/>.</summary>
    public string? Width { get; init; }

    /// <summary>Explicit height such as <c>"48px"</c>.</summary>
    public string? Height { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public CardAction? SelectAction { get; init; }
}
