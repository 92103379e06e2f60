namespace CxReviewBot.Cards.Metrics;

/// <summary>
/// One metric as a card shows it. Every number is optional: missing data stays missing, never a made-up number.
/// <see cref="Change"/> is value − previous and <see cref="VsTarget"/> is value − target, as in the report CSV.
/// <see cref="Trend"/> holds the recent values, oldest first (8–12 points; null for a period without data).
/// </summary>
public sealed record MetricLine(string Name, MetricKind Kind, MetricUnit Unit)
{
    public double? Value { get; init; }

    public double? Previous { get; init; }

    public double? Change { get; init; }

    public double? Target { get; init; }

    public double? VsTarget { get; init; }

    public MetricStatus Status { get; init; } = MetricStatus.NoData;

    /// <summary>The decision written down for when the threshold is crossed; shown when <see cref="Status"/> is DecisionNeeded.</summary>
    public string? DecisionIfCrossed { get; init; }

    public IReadOnlyList<double?> Trend { get; init; } = [];
}
