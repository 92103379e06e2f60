using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>One formatted run inside a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public required string Text { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Highlight { get; init; }

    public bool? Underline { get; init; }

    public CardAction? SelectAction { get; init; }
}
