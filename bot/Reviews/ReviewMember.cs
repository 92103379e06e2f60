using CxReviewBot.Data;
namespace CxReviewBot.Reviews;

/// <summary>A person on a review with their roles (a CX lead is also a member).</summary>
internal sealed class ReviewMember : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long ReviewId { get; set; }
    public string TeamsUserId { get; set; } = "";
    public string? AadObjectId { get; set; }
    public string Name { get; set; } = "";
    public ReviewRole Roles { get; set; }
}
