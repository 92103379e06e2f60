namespace CxReviewBot.Cards.Model;

/// <summary>One option of an <see cref="ChoiceSetInput"/>.</summary>
public sealed record Choice(string Title, string Value);
