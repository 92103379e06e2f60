using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.Cards.Owners;

/// <summary>
/// One touchpoint in the owners list: its function, its owner (display name and UPN; both null = no owner, flagged)
/// and its latest headline experience metric, if any.
/// </summary>
public sealed record OwnerRow(string Touchpoint, string Function)
{
    public string? OwnerName { get; init; }

    public string? OwnerUpn { get; init; }

    public MetricLine? HeadlineMetric { get; init; }

    /// <summary>Whether the touchpoint has nobody answering for it.</summary>
    public bool IsUnowned => string.IsNullOrWhiteSpace(OwnerName) && string.IsNullOrWhiteSpace(OwnerUpn);
}
