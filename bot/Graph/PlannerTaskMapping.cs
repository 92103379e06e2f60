using Microsoft.Graph.Models;

namespace CxReviewBot.Graph;

internal static class PlannerTaskMapping
{
    public const string AssignmentType = "#microsoft.graph.plannerAssignment";

    /// <summary>Planner's "first in list" order hint for a new assignment (protocol.md §7.1).</summary>
    public const string FirstOrderHint = " !";

    public static PlannerAssignments AssignTo(string userAadId) => new()
    {
        AdditionalData = new Dictionary<string, object>
        {
            [userAadId] = new PlannerAssignment { OdataType = AssignmentType, OrderHint = FirstOrderHint },
        },
    };

    public static PlannerTaskSnapshot ToSnapshot(PlannerTask task, string fallbackId) => new(
        task.Id ?? fallbackId,
        task.Title ?? "",
        task.PercentComplete ?? 0,
        task.DueDateTime?.ToUniversalTime(),
        ETagOf(task) ?? "",
        task.Assignments?.AdditionalData.Keys.ToList() ?? [],
        task.BucketId,
        task.CreatedDateTime?.ToUniversalTime(),
        task.CreatedBy?.Application?.Id);

    public static string? ETagOf(PlannerTask task) =>
        task.AdditionalData.TryGetValue("@odata.etag", out var value) ? value?.ToString() : null;

    /// <summary>Sets only the changed fields: assigning null would send an explicit null and clear the field.</summary>
    public static PlannerTask ToPatch(PlannerTaskChanges changes)
    {
        var patch = new PlannerTask();
        if (changes.Title is not null)
        {
            patch.Title = changes.Title;
        }

        if (changes.PercentComplete is not null)
        {
            patch.PercentComplete = changes.PercentComplete;
        }

        if (changes.DueUtc is not null)
        {
            patch.DueDateTime = changes.DueUtc.Value.ToUniversalTime();
        }

        if (changes.AssigneeId is not null || changes.UnassignIds is { Count: > 0 })
        {
            // A null value removes an assignment (protocol.md §7.1).
            var assignments = new PlannerAssignments { AdditionalData = new Dictionary<string, object>() };
            foreach (var old in changes.UnassignIds ?? [])
            {
                assignments.AdditionalData[old] = null!;
            }

            if (changes.AssigneeId is not null)
            {
                assignments.AdditionalData[changes.AssigneeId] = new PlannerAssignment { OdataType = AssignmentType, OrderHint = FirstOrderHint };
            }

            patch.Assignments = assignments;
        }

        return patch;
    }
}
