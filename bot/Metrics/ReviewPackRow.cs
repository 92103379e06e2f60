namespace CxReviewBot.Metrics;

/// <summary>One touchpoint × metric line of the review pack (contract.md "Report CSV"); Touchpoint "*" = business-wide.</summary>
internal sealed record ReviewPackRow(
    string Touchpoint,
    long? TouchpointId,
    string? Function,
    string? OwnerUpn,
    string? OwnerName,
    string Metric,
    MetricKind Kind,
    MetricUnit Unit,
    bool HigherIsBetter,
    DateOnly PeriodEnd,
    double Value,
    DateOnly? PreviousPeriodEnd,
    double? PreviousValue,
    double? Change,
    double? Target,
    double? VsTarget,
    double? DecisionThreshold,
    string? DecisionIfCrossed,
    MetricStatus? Status)
{
    public const string BusinessWide = "*";

    public bool IsBusinessWide => TouchpointId is null;
}
