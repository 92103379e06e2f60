namespace CxReviewBot.Metrics;

internal sealed class ResponsePoint
{
    public long CustomerAccountId { get; set; }
    public long TouchpointId { get; set; }
    public long MetricId { get; set; }
    public double Score { get; set; }
}
