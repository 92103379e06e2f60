using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>A column of a <see cref="ColumnSet"/>. <see cref="Width"/> takes the values of <see cref="ColumnWidth"/>.</summary>
public sealed record Column
{
    [JsonPropertyOrder(-2)]
    public string Type => "Column";

    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    public string? Width { get; init; }

    public IReadOnlyList<CardElement> Items { get; init; } = [];

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public CardAction? SelectAction { get; init; }

    [JsonPropertyOrder(100)]
    public bool? IsVisible { get; init; }

    [JsonPropertyOrder(100)]
    public Spacing? Spacing { get; init; }

    [JsonPropertyOrder(100)]
    public bool? Separator { get; init; }
}
