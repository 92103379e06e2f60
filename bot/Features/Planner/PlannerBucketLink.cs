using CxReviewBot.Data;
namespace CxReviewBot.Features.Planner;

/// <summary>The Planner bucket of one touchpoint in a review's plan, created on demand and remembered.</summary>
internal sealed class PlannerBucketLink : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long ReviewId { get; set; }
    public string PlanId { get; set; } = "";
    public string Touchpoint { get; set; } = "";
    public string BucketId { get; set; } = "";
}
