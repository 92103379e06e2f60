namespace CxReviewBot.Cards.Model;

/// <summary>Input.Number with optional bounds.</summary>
public sealed record NumberInput : CardInput
{
    public double? Value { get; init; }

    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }
}
