using CxReviewBot.Data;
namespace CxReviewBot.Features.Actions;

/// <summary>One entry of an action item's history (reminders, nudges, escalations, updates); rows are only ever added.</summary>
internal sealed class ActionEvent : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long ActionItemId { get; set; }
    public ActionItem? ActionItem { get; set; }
    public DateTime AtUtc { get; set; }
    public ActionEventKind Kind { get; set; }
    public string? ByName { get; set; }
    public string? Text { get; set; }
}
