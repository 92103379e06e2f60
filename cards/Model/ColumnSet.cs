namespace CxReviewBot.Cards.Model;

/// <summary>Lays <see cref="Column"/>s side by side.</summary>
public sealed record ColumnSet : CardElement
{
    public required IReadOnlyList<Column> Columns { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public CardAction? SelectAction { get; init; }
}
