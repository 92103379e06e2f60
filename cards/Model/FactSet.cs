namespace CxReviewBot.Cards.Model;

/// <summary>A two-column list of label/value pairs.</summary>
public sealed record FactSet : CardElement
{
    public required IReadOnlyList<Fact> Facts { get; init; }
}
