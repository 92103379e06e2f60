namespace CxReviewBot.Cards.Model;

/// <summary>Input.Text: free text, single or multi-line, optionally validated by <see cref="Regex"/>.</summary>
public sealed record TextInput : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }
}
