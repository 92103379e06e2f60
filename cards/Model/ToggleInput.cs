namespace CxReviewBot.Cards.Model;

/// <summary>Input.Toggle: a checkbox whose value is <see cref="ValueOn"/> or <see cref="ValueOff"/> (default "true"/"false").</summary>
public sealed record ToggleInput : CardInput
{
    public required string Title { get; init; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
