using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// Takes over an owner change made in Planner. The owner must be someone the bot can message, so only a member of the
/// review can take an action over: when the agreed owner was removed from the task, the first assignee who is a member
/// becomes the owner and is sent the action. An owner removed with no member in their place stays the owner and is
/// assigned again by the next push (whoever else Planner assigned stays). Extra assignees beside the owner change nothing.
/// </summary>
internal static class PlannerAssignees
{
    /// <returns>What changed, for the action's history; null when nothing did.</returns>
    public static string? Apply(CxDbContext db, ActionItem item, PlannerTaskSync sync, IReadOnlyList<string> assigneeIds, Review? review, DateTime now)
    {
        if (item.Status != ActionItemStatus.Open || sync.SyncedAssigneeId is not { } agreed || assigneeIds.Contains(agreed, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var member = assigneeIds
            .Select(id => review?.Members.FirstOrDefault(m => string.Equals(m.AadObjectId, id, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(m => m is not null);
        if (member is null)
        {
            // The next push sees the owner as not yet agreed with Planner and adds them back.
            sync.SyncedAssigneeId = null;
            return $"{item.OwnerName} was unassigned in Planner with no member of the review in their place; they still own it and are assigned again";
        }

        var from = item.OwnerName;
        ActionItems.AssignTo(item, member);
        sync.SyncedAssigneeId = member.AadObjectId;
        // The chaser plans the new owner's reminders afresh.
        item.NextChaseUtc = now;
        db.Add(new ActionEvent { ActionItemId = item.Id, TenantId = item.TenantId, AtUtc = now, Kind = ActionEventKind.Reassigned, ByName = PlannerRemote.By, Text = $"from {from} to {member.Name}" });
        return $"reassigned in Planner from {from} to {member.Name}";
    }

    /// <summary>Queues the action's card to its new owner when <see cref="Apply"/> gave it one (committed with the change).</summary>
    public static async Task NotifyNewOwnerAsync(
        ActionNotices notices, ActionItem item, Review? review, string ownerBefore, string ownerNameBefore, DateTime now, CancellationToken cancellationToken)
    {
        if (item.OwnerTeamsUserId == ownerBefore)
        {
            return;
        }

        var banner = $"You were assigned this action in Planner (it was {ownerNameBefore}'s).";
        await notices.QueueAsync(item, review, item.OwnerTeamsUserId, ActionNotices.AssignedKey(item.Id, item.Version), banner, showButtons: true, new DateTimeOffset(now, TimeSpan.Zero), cancellationToken);
    }
}
