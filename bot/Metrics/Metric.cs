using CxReviewBot.Data;
namespace CxReviewBot.Metrics;

/// <summary>A catalogued number: what it measures, which way is better, its target and the decision it triggers.</summary>
internal sealed class Metric : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Name { get; set; } = "";
    public MetricKind Kind { get; set; }
    public MetricUnit Unit { get; set; }
    public bool HigherIsBetter { get; set; }
    public double? Target { get; set; }
    public double? DecisionThreshold { get; set; }
    public string? DecisionIfCrossed { get; set; }
}
