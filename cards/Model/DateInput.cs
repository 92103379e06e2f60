namespace CxReviewBot.Cards.Model;

/// <summary>Input.Date; dates serialise as <c>yyyy-MM-dd</c>, the format the schema requires.</summary>
public sealed record DateInput : CardInput
{
    public DateOnly? Value { get; init; }

    public string? Placeholder { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }
}
