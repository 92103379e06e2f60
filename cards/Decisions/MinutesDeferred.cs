namespace CxReviewBot.Cards.Decisions;

/// <summary>A touchpoint the agenda flagged as needing a decision that got none in the meeting, and what the catalogue says to decide.</summary>
public sealed record MinutesDeferred(string Touchpoint, string? Suggested);
