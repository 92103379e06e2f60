namespace CxReviewBot.Cards.Actions;

/// <summary>One history entry: when (the viewer's local date), what happened, who did it and any note.</summary>
public sealed record ActionHistoryLine(DateOnly On, string What, string? By = null, string? Text = null);
