using CxReviewBot.Data;

namespace CxReviewBot.Features.Catalog;

/// <summary>The value of a metric for a period, for one touchpoint or (TouchpointId null) the whole business.</summary>
internal sealed class Observation : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public DateOnly PeriodEnd { get; set; }
    public long? TouchpointId { get; set; }
    public long MetricId { get; set; }
    public double Value { get; set; }
}
