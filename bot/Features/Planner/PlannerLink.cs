using CxReviewBot.Data;
namespace CxReviewBot.Features.Planner;

/// <summary>
/// A review's Planner plan (chosen or created in set-up), and whether set-up has already said that Planner isn't
/// connected (said once per review).
/// </summary>
internal sealed class PlannerLink : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long ReviewId { get; set; }
    public string? PlanId { get; set; }

    /// <summary>The Microsoft 365 group the plan was created in by set-up, if it was.</summary>
    public string? GroupId { get; set; }
    public DateTime? NotConnectedNoticeUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
