namespace CxReviewBot.Cards.Model;

/// <summary>One label/value row of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
