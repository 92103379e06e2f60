namespace CxReviewBot.Metrics;

/// <summary>
/// A touchpoint with its owner and latest headline experience number, for the `owners` card. OwnerMissing: no
/// owner UPN; OwnerUnreachable: no Entra object id, so the bot cannot message the owner directly.
/// </summary>
internal sealed record OwnerRow(
    long TouchpointId,
    string Touchpoint,
    string Function,
    string? OwnerName,
    string? OwnerUpn,
    string? OwnerAadId,
    ReviewPackRow? Headline)
{
    public string? HeadlineMetric => Headline?.Metric;
    public DateOnly? HeadlinePeriodEnd => Headline?.PeriodEnd;
    public double? HeadlineValue => Headline?.Value;
    public MetricStatus? HeadlineStatus => Headline?.Status;

    public bool OwnerMissing => string.IsNullOrWhiteSpace(OwnerUpn);
    public bool OwnerUnreachable => string.IsNullOrWhiteSpace(OwnerAadId);
}
