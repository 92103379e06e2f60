using CxReviewBot.Data;
namespace CxReviewBot.Features.Decisions;

/// <summary>One entry of a decision's audit trail: who changed what, when. Rows are only ever added.</summary>
internal sealed class DecisionChange : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long DecisionId { get; set; }
    public DateTime AtUtc { get; set; }
    public string ByTeamsUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public DecisionChangeKind Kind { get; set; }
    public string? Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
