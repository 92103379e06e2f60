namespace CxReviewBot.Features.Decisions;

/// <summary>One field an edit changes, with its old and new value as the audit trail keeps them.</summary>
internal sealed record DecisionFieldChange(string Field, string? OldValue, string? NewValue)
{
    public const string Text = "text";
    public const string Owner = "owner";
    public const string DueDate = "due date";
    public const string Touchpoint = "touchpoint";
    public const string Metric = "metric";
    public const string ExpectedChange = "expected change";
    public const string ExpectedBy = "expected by";

    public DecisionChangeKind Kind => Field == Owner ? DecisionChangeKind.Reassigned : DecisionChangeKind.Edited;
}
