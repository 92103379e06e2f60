using System.Globalization;
using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Graph;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// Brings changes made in Planner into an action: a field Planner changed since it was last agreed (and the bot did not
/// just push) is taken over; a task completed in Planner closes an open action. Completion wins: a task reopened in
/// Planner does not reopen a done action (the bot pushes 100% again). Owner changes follow <see cref="PlannerAssignees"/>.
/// </summary>
internal static class PlannerRemote
{
    public const string By = "Planner";
    public const string CompletedText = "completed in Planner";

    /// <summary>Applies <paramref name="task"/> to <paramref name="item"/> and <paramref name="sync"/>; returns what changed in the action.</summary>
    public static IReadOnlyList<string> Apply(
        CxDbContext db, ActionItem item, PlannerTaskSync sync, PlannerTaskSnapshot task, Review? review, PlannerTaskChanges? pushed, DateTime now)
    {
        var zone = review?.Zone ?? TimeZoneInfo.Utc;
        var changed = new List<string>();
        if (pushed?.Title is null && task.Title.Length > 0 && task.Title != sync.SyncedTitle)
        {
            item.Title = ActionItems.Title(task.Title);
            sync.SyncedTitle = item.Title;
            changed.Add($"title changed in Planner to \"{item.Title}\"");
        }

        if (pushed?.DueUtc is null && PlannerDates.FromPlanner(task.DueUtc, zone) is { } due && due != sync.SyncedDueDate)
        {
            item.DueDate = due;
            sync.SyncedDueDate = due;
            changed.Add(string.Create(CultureInfo.InvariantCulture, $"due date changed in Planner to {due:yyyy-MM-dd}"));
            if (item.Status == ActionItemStatus.Open)
            {
                // The chaser re-plans from the new due date.
                item.NextChaseUtc = now;
            }
        }

        if (pushed?.AssigneeId is null && PlannerAssignees.Apply(db, item, sync, task.AssigneeIds, review, now) is { } assigned)
        {
            changed.Add(assigned);
        }

        if (task.IsComplete && pushed?.PercentComplete is not 100)
        {
            sync.SyncedComplete = true;
            if (item.Status == ActionItemStatus.Open)
            {
                item.Status = ActionItemStatus.Done;
                item.CompletedAtUtc = now;
                item.NextChaseUtc = null;
                changed.Add(CompletedText);
                db.Add(new ActionEvent { ActionItemId = item.Id, TenantId = item.TenantId, AtUtc = now, Kind = ActionEventKind.Done, ByName = By, Text = CompletedText });
            }
        }

        sync.ETag = task.ETag;
        sync.PulledAtUtc = now;
        if (changed.Count > 0)
        {
            var text = string.Join("; ", changed);
            db.Add(new ActionEvent { ActionItemId = item.Id, TenantId = item.TenantId, AtUtc = now, Kind = ActionEventKind.PlannerSync, ByName = By, Text = text });
            item.Version++;
            item.UpdatedAtUtc = now;
        }

        return changed;
    }
}
