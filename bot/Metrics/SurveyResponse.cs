using CxReviewBot.Data;
namespace CxReviewBot.Metrics;

/// <summary>One survey answer of an account about a touchpoint.</summary>
internal sealed class SurveyResponse : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long CustomerAccountId { get; set; }
    public DateOnly RespondedOn { get; set; }
    public long TouchpointId { get; set; }
    public long MetricId { get; set; }
    public double Score { get; set; }
    public string? Comment { get; set; }
}
