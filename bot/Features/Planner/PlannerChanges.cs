using CxReviewBot.Features.Actions;
using CxReviewBot.Graph;
namespace CxReviewBot.Features.Planner;

/// <summary>What an action changed locally since it was last agreed with Planner, as a task update.</summary>
internal static class PlannerChanges
{
    public static PlannerTaskChanges Of(ActionItem item, PlannerTaskSync sync, TimeZoneInfo zone)
    {
        var done = item.Status == ActionItemStatus.Done;
        var reassigned = item.OwnerAadObjectId != sync.SyncedAssigneeId;
        return new PlannerTaskChanges(
            Title: item.Title != sync.SyncedTitle ? item.Title : null,
            PercentComplete: done != sync.SyncedComplete ? (done ? 100 : 0) : null,
            DueUtc: item.DueDate != sync.SyncedDueDate ? PlannerDates.ToPlanner(item.DueDate, zone) : null,
            AssigneeId: reassigned ? item.OwnerAadObjectId : null,
            UnassignIds: reassigned && sync.SyncedAssigneeId is { } old ? [old] : null);
    }

    /// <summary>The action's current values are now Planner's too.</summary>
    public static void Accept(ActionItem item, PlannerTaskSync sync)
    {
        sync.SyncedTitle = item.Title;
        sync.SyncedDueDate = item.DueDate;
        sync.SyncedAssigneeId = item.OwnerAadObjectId;
        sync.SyncedComplete = item.Status == ActionItemStatus.Done;
    }
}
