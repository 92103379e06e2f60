namespace CxReviewBot.Cards.Model;

/// <summary>Text made of runs with individual formatting; unlike <see cref="TextBlock"/> it renders no markdown.</summary>
public sealed record RichTextBlock : CardElement
{
    public required IReadOnlyList<TextRun> Inlines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
