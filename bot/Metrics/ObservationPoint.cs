namespace CxReviewBot.Metrics;

internal sealed class ObservationPoint
{
    public long? TouchpointId { get; set; }
    public long MetricId { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public double Value { get; set; }
}
