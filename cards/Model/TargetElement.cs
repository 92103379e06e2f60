namespace CxReviewBot.Cards.Model;

/// <summary>An element affected by <see cref="ToggleVisibilityAction"/>; a null <see cref="IsVisible"/> toggles it.</summary>
public sealed record TargetElement(string ElementId, bool? IsVisible = null);
