namespace CxReviewBot.Features.Decisions;

/// <summary>A decision form that passed validation; <see cref="OwnerId"/> is the chosen member's pick id.</summary>
internal sealed record DecisionValues(
    string Text, string OwnerId, DateOnly DueDate, string? Touchpoint, string? Metric, double? ExpectedChange, DateOnly? ExpectedBy);
